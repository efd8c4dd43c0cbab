import type { AnalysedSpec } from '../model/analysed-spec';
import type { Matcher } from '../taxonomy/compile';
import { ANALYSIS_BUDGET, type AnalysisBudget } from './analysis-budget';
import { matchSpec } from './match-spec';
import { readPage, type PageRead } from './read-page';

export type PageAnalysis = Omit<PageRead, 'spec' | 'limits'> & { analysed: AnalysedSpec };

/**
 * The one pipeline: read (page → person specification, under the budget), then match (criteria →
 * skills). The command line and the tests run both stages here; the extension runs the first in
 * the advert tab and the second in its background, where the taxonomy lives (src/background).
 */
export function analysePage(
  doc: Document,
  url: URL,
  matcher: Matcher,
  budget: AnalysisBudget = ANALYSIS_BUDGET,
): PageAnalysis {
  return analyseRead(readPage(doc, url, budget), matcher);
}

/** The second stage over what the first read (a page, a JobPosting record, a document). */
export const analyseRead = (read: PageRead, matcher: Matcher): PageAnalysis =>
  withSkills(read, matchSpec(read.spec, matcher));

/** A read page once its criteria are matched. */
export function withSkills(read: PageRead, analysed: AnalysedSpec): PageAnalysis {
  if (read.limits) analysed.limits = read.limits;
  return { analysed, anchors: read.anchors, ...(read.spans ? { spans: read.spans } : {}) };
}
