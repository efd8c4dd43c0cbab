import { mergeCriteria } from '../extract/documents/merge-criteria';
import type { AnalysedSpec } from '../model/analysed-spec';
import type { Criterion } from '../model/criterion';
import type { Matcher } from '../taxonomy/compile';
import { matchSpec } from './match-spec';

/**
 * An analysed specification with the criteria of the attached documents the user had read, merged in
 * without duplicates, each link saying how many criteria were read from it.
 */
export function withDocuments(
  analysed: AnalysedSpec,
  documents: ReadonlyMap<string, readonly Criterion[]>,
  matcher: Matcher,
): AnalysedSpec {
  if (documents.size === 0) return analysed;
  let criteria = analysed.criteria;
  for (const incoming of documents.values()) {
    criteria = mergeCriteria(criteria, matchSpec({ ...analysed, criteria: [...incoming] }, matcher).criteria).criteria;
  }
  const links = analysed.documents.map((link) => {
    const read = documents.get(link.url);
    return read ? { ...link, criteriaRead: read.length } : link;
  });
  return { ...analysed, criteria, documents: links };
}
