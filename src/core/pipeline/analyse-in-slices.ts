import { matchText } from '../match/match-text';
import { tokenise } from '../text/tokenise';
import type { AnalysedCriterion } from '../model/analysed-spec';
import { compileSome, indexSome, type Matcher } from '../taxonomy/compile';
import { readPage, withSkills, type PageAnalysis } from './analyse-page';
import { slicer, type Slicer } from './slices';

/**
 * The same analysis as analysePage, cut into slices so that the content script never holds the
 * page for long: indexing the taxonomy, reading the page, compiling the variants its criteria can
 * reach, then matching criterion by criterion, with the page's own work in between.
 */
export async function analysePageInSlices(
  doc: Document,
  url: URL,
  matcher: Matcher,
  slices: Slicer = slicer(),
): Promise<PageAnalysis> {
  while (!indexSome(matcher, slices.more)) await slices.pause();
  await slices.next();
  const read = readPage(doc, url);
  await slices.pause();

  const words = new Set<string>();
  for (const criterion of read.spec.criteria) for (const token of tokenise(criterion.text)) words.add(token.norm);
  while (!compileSome(matcher, words, slices.more)) await slices.pause();

  const criteria: AnalysedCriterion[] = [];
  for (const criterion of read.spec.criteria) {
    await slices.next();
    criteria.push({ ...criterion, hits: matchText(matcher, criterion.text) });
  }
  return withSkills(read, { ...read.spec, criteria });
}
