import type { CriterionReport, Report } from '../model/report';

export type InterviewPreparation =
  /** The advert does not say how any criterion is assessed. */
  { kind: 'not-stated' } | { kind: 'stated'; criteria: CriterionReport[] };

/** The criteria the advert says are assessed at interview, in person-spec order. */
export function interviewPreparation(report: Report): InterviewPreparation {
  if (!report.criteria.some((c) => (c.criterion.assessedBy?.length ?? 0) > 0)) return { kind: 'not-stated' };
  return { kind: 'stated', criteria: report.criteria.filter((c) => c.criterion.assessedBy?.includes('interview')) };
}
