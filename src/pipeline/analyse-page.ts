import { extractPersonSpec } from '../extract/extract';
import { analyseSpec } from '../match/analyse-spec';
import type { AnalysedSpec } from '../spec/analysed-spec';
import type { Matcher } from '../taxonomy/compile';

export type PageAnalysis = { analysed: AnalysedSpec; anchors: Map<string, Element[]> };

/** The one pipeline: page → person specification → skills per criterion. Used by the extension and the CLI. */
export function analysePage(doc: Document, url: URL, matcher: Matcher): PageAnalysis {
  const { spec, anchors } = extractPersonSpec(doc, url);
  return { analysed: analyseSpec(spec, matcher), anchors };
}
