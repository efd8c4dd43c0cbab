import type { AnalysisLimits } from '../model/analysis-limits';
import type { PersonSpec } from '../model/person-spec';
import { ANALYSIS_BUDGET, type AnalysisBudget } from './analysis-budget';

/** The text's first `max` characters, ending at a word boundary when there is one not too far back. */
function cutAtWord(text: string, max: number): string {
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max / 2 ? space : max);
}

/**
 * The specification as far as it will be analysed (its first criteria in page order, long ones cut
 * at a word) and what was left out; `limits` is null when nothing was. `unread`: criteria the
 * extraction counted beyond those it read.
 */
export function capSpec(
  spec: PersonSpec,
  pageCut: boolean,
  budget: AnalysisBudget = ANALYSIS_BUDGET,
  unread = 0,
): { spec: PersonSpec; limits: AnalysisLimits | null } {
  const criteria: PersonSpec['criteria'] = [];
  let total = 0;
  let shortened = 0;
  for (const criterion of spec.criteria) {
    if (criteria.length >= budget.maxCriteria) break;
    const long = criterion.text.length > budget.maxCriterionChars;
    const text = long ? cutAtWord(criterion.text, budget.maxCriterionChars) : criterion.text;
    if (total + text.length > budget.maxTotalChars) break;
    total += text.length;
    if (long) shortened++;
    criteria.push(long ? { ...criterion, text } : criterion);
  }
  const limited = pageCut || shortened > 0 || unread > 0 || criteria.length < spec.criteria.length;
  return {
    spec: criteria.length === spec.criteria.length && shortened === 0 ? spec : { ...spec, criteria },
    limits: limited
      ? {
          criteriaFound: spec.criteria.length + unread,
          criteriaAnalysed: criteria.length,
          criteriaShortened: shortened,
          criterionChars: budget.maxCriterionChars,
          pageCut,
          readChars: budget.readLimit,
        }
      : null,
  };
}
