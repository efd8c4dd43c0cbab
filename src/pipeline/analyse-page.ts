import { extractPersonSpec } from '../extract/extract';
import type { TextSpan } from '../extract/extraction';
import { analyseSpec } from '../match/analyse-spec';
import type { AnalysedSpec } from '../spec/analysed-spec';
import type { Matcher } from '../taxonomy/compile';

export type PageAnalysis = {
  analysed: AnalysedSpec;
  anchors: Map<string, Element[]>;
  /** For criteria read from part of an element: where their text sits in it (absent: the whole element). */
  spans?: ReadonlyMap<string, TextSpan>;
};

/** The one pipeline: page → person specification → skills per criterion. Used by the extension and the CLI. */
export function analysePage(doc: Document, url: URL, matcher: Matcher): PageAnalysis {
  const { spec, anchors, spans } = extractPersonSpec(doc, url);
  return { analysed: analyseSpec(spec, matcher), anchors, ...(spans && spans.size > 0 ? { spans } : {}) };
}
