import { matchText } from '../match/match-text';
import type { PageAnalysis } from './analyse-page';
import type { Criterion } from '../model/criterion';
import type { Matcher } from '../taxonomy/compile';
import { mergeCriteria } from '../extract/documents/merge-criteria';

/**
 * A page's analysis with the criteria of the attached documents the user asked to read, merged in
 * without duplicates, each link saying how many criteria were read from it. The documents'
 * criteria are not on the page, so they have no anchors.
 */
export function withDocuments(
  analysis: PageAnalysis,
  documents: ReadonlyMap<string, readonly Criterion[]>,
  matcher: Matcher,
): PageAnalysis {
  if (documents.size === 0) return analysis;
  let criteria = analysis.analysed.criteria;
  for (const incoming of documents.values()) {
    criteria = mergeCriteria(
      criteria,
      incoming.map((c) => ({ ...c, hits: matchText(matcher, c.text) })),
    ).criteria;
  }
  const links = analysis.analysed.documents.map((link) => {
    const read = documents.get(link.url);
    return read ? { ...link, criteriaRead: read.length } : link;
  });
  return { ...analysis, analysed: { ...analysis.analysed, criteria, documents: links } };
}
