import type { AnalysisLimits } from '../../core/model/analysis-limits';

const number = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/** What was analysed of a page too large to analyse in full, in words. */
export function describeLimits(limits: AnalysisLimits): string {
  const parts: string[] = [];
  if (limits.criteriaAnalysed < limits.criteriaFound) {
    parts.push(
      `the first ${number(limits.criteriaAnalysed)} of its ${number(limits.criteriaFound)} criteria were checked`,
    );
  }
  if (limits.criteriaShortened > 0) {
    const n = limits.criteriaShortened;
    parts.push(
      `${plural(n, 'very long criterion was', 'very long criteria were')} checked up to ${n === 1 ? 'its' : 'their'} first ${number(limits.criterionChars)} characters`,
    );
  }
  if (limits.pageCut) {
    parts.push(`text beyond the first ${number(limits.readChars)} characters of a section was not read`);
  }
  return `This page is very large, so to keep it responsive ${parts.join('; ')}.`;
}

export function AnalysisLimitsNote({ limits }: { limits: AnalysisLimits }) {
  return (
    <p class="notice" role="note" data-testid="analysis-limits">
      {describeLimits(limits)}
    </p>
  );
}
