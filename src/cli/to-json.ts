import type { CoachReport } from '../core/coach/coach-report';
import type { ExampleReview } from '../core/coach/profile-reviews';
import { heldCount } from '../core/compare/held-count';
import type { AnalysedSpec } from '../core/model/analysed-spec';
import type { Report } from '../core/model/report';
import { wordBudgets } from '../core/statement/outline';

/** With a profile: the report, the coach's view of it and the review of the profile's examples. */
export type Compared = { report: Report; coach: CoachReport; reviews: readonly ExampleReview[] };

/** One line of `--json` output, as the command-line contract in the design's ARCHITECTURE.md. */
export function toJsonRecord(file: string, analysed: AnalysedSpec, compared: Compared | null) {
  const report = compared?.report ?? null;
  const budgets = compared ? wordBudgets(compared.coach.outline) : null;
  return {
    file,
    site: analysed.site,
    pageKind: analysed.pageKind,
    url: analysed.url,
    title: analysed.title,
    employer: analysed.employer,
    band: analysed.band,
    closingDate: analysed.closingDate,
    ...(analysed.postedDate ? { postedDate: analysed.postedDate } : {}),
    reference: analysed.reference,
    criteria: analysed.criteria.map((criterion, i) => {
      const seen = new Set<string>();
      const skills = criterion.hits
        .filter((h) => !h.negated && !seen.has(h.skillId) && seen.add(h.skillId))
        .map((h) => ({ id: h.skillId, matched: h.matchedText, ...(h.qualifier ? { qualifier: h.qualifier } : {}) }));
      return {
        category: criterion.category,
        level: criterion.level,
        text: criterion.text,
        ...(criterion.assessedBy?.length ? { assessedBy: criterion.assessedBy } : {}),
        ...(criterion.source?.kind === 'document' ? { source: criterion.source } : {}),
        skills,
        ...(report ? { status: report.criteria[i]!.status } : {}),
        ...(compared
          ? {
              shortlisting: compared.coach.shortlisting.criteria.get(criterion.id)!,
              wordBudget: budgets!.get(criterion.id) ?? 0,
            }
          : {}),
      };
    }),
    ...(compared && report
      ? {
          summary: {
            // met counts criteria the profile holds, with or without an evidence note, as the popup does.
            essential: { total: report.counts.essential.total, met: heldCount(report.counts.essential) },
            desirable: { total: report.counts.desirable.total, met: heldCount(report.counts.desirable) },
            blockers: report.blockers.length,
            shortlisting: { level: compared.coach.shortlisting.primary, ...compared.coach.shortlisting.points },
            wordLimit: compared.coach.outline.limit,
          },
          evidenceReview: compared.reviews.map(({ skillId, exampleId, review }) => ({
            skillId,
            exampleId,
            situation: review.situation,
            action: review.action,
            result: review.result,
            firstPerson: review.firstPerson,
            measurableResult: review.measurableResult,
            words: review.words,
            values: review.values,
          })),
          suggestions: compared.coach.suggestions.map((s) => ({
            criterion: report.criteria.find((c) => c.criterion.id === s.criterionId)!.criterion.text,
            skillId: s.skillId,
            from: { skillId: s.from.skillId, exampleId: s.from.noteId },
          })),
        }
      : {}),
  };
}
