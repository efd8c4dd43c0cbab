import type { AnalysedCriterion, AnalysedSpec } from '../core/model/analysed-spec';
import type { CriterionReport, Report } from '../core/model/report';

/** A criterion's report sent beside the analysed specification: the criterion by its place there. */
type PackedCriterionReport = Omit<CriterionReport, 'criterion'> & { at: number };

/**
 * A report as the background sends it beside the analysed specification it was made from. Messages are
 * serialised as JSON, which repeats what a report shares with that specification: every criterion (with its
 * skills) once in the specification, once in the report and again for each blocker, about two thirds of an
 * answer. Packed, each is sent once.
 */
export type PackedReport = Omit<Report, 'criteria' | 'blockers'> & {
  packed: true;
  criteria: PackedCriterionReport[];
  /** Places in `criteria`. */
  blockers: number[];
};

/** The report packed against `analysed`; as it is when a criterion of it is not one of `analysed`'s own. */
export function packReport(report: Report, analysed: AnalysedSpec): Report | PackedReport {
  const place = new Map<AnalysedCriterion, number>(analysed.criteria.map((criterion, n) => [criterion, n]));
  const reported = new Map<CriterionReport, number>(report.criteria.map((entry, n) => [entry, n]));
  const criteria: PackedCriterionReport[] = [];
  for (const { criterion, ...rest } of report.criteria) {
    const at = place.get(criterion);
    if (at === undefined) return report;
    criteria.push({ ...rest, at });
  }
  const blockers = report.blockers.map((entry) => reported.get(entry));
  if (blockers.some((n) => n === undefined)) return report;
  return { ...report, packed: true, criteria, blockers: blockers as number[] };
}

/** The report as it was made, from what the background sent and the analysed specification beside it. */
export function unpackReport(sent: Report | PackedReport, analysed: AnalysedSpec): Report {
  if (!('packed' in sent)) return sent;
  const { packed: _packed, criteria, blockers, ...rest } = sent;
  const unpacked = criteria.map(({ at, ...entry }): CriterionReport => ({
    ...entry,
    criterion: analysed.criteria[at]!,
  }));
  return { ...rest, criteria: unpacked, blockers: blockers.map((n) => unpacked[n]!) };
}
