import { sameCriterion } from '../extract/documents/merge-criteria';
import type { CriterionReport, Report } from '../model/report';
import { hasLetterOrDigit } from '../text/letters';

/**
 * Where the interview list comes from:
 * - stated: the criteria the advert says are assessed at interview;
 * - not-stated: the advert names no assessment method, so its essential (or, with none marked essential,
 *   its unmarked) criteria stand in: panels ask about them;
 * - none-at-interview: the advert names methods but no criterion assessed at interview: the same stand-in.
 */
export type InterviewSource = 'stated' | 'not-stated' | 'none-at-interview';

export type InterviewPreparation = { source: InterviewSource; criteria: CriterionReport[] };

/** Criteria the advert repeats (in two categories, on the page and in a document) are prepared once. */
function once(criteria: readonly CriterionReport[]): CriterionReport[] {
  const kept: CriterionReport[] = [];
  for (const item of criteria) {
    const repeated =
      hasLetterOrDigit(item.criterion.text) && kept.some((k) => sameCriterion(k.criterion.text, item.criterion.text));
    if (!repeated) kept.push(item);
  }
  return kept;
}

/** The criteria to prepare for interview, in person-spec order, each once. */
export function interviewPreparation(report: Report): InterviewPreparation {
  const stated = report.criteria.some((c) => (c.criterion.assessedBy?.length ?? 0) > 0);
  const atInterview = report.criteria.filter((c) => c.criterion.assessedBy?.includes('interview'));
  if (atInterview.length > 0) return { source: 'stated', criteria: once(atInterview) };
  const primary = report.score.primary;
  return {
    source: stated ? 'none-at-interview' : 'not-stated',
    criteria: once(report.criteria.filter((c) => c.criterion.level === primary)),
  };
}
