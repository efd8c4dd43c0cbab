import { heldCount } from '../core/compare/compare';
import type { AnalysedSpec } from '../core/model/analysed-spec';
import type { Report } from '../core/model/report';

/** One line of `--json` output, as the command-line contract in the design's ARCHITECTURE.md. */
export function toJsonRecord(file: string, analysed: AnalysedSpec, report: Report | null) {
  return {
    file,
    site: analysed.site,
    pageKind: analysed.pageKind,
    url: analysed.url,
    title: analysed.title,
    employer: analysed.employer,
    band: analysed.band,
    closingDate: analysed.closingDate,
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
      };
    }),
    ...(report
      ? {
          summary: {
            // met counts criteria the profile holds, with or without an evidence note, as the popup does.
            essential: { total: report.counts.essential.total, met: heldCount(report.counts.essential) },
            desirable: { total: report.counts.desirable.total, met: heldCount(report.counts.desirable) },
            blockers: report.blockers.length,
          },
        }
      : {}),
  };
}
