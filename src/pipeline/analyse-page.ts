import { PAGE_READ_BUDGET, READ_LIMIT, watchCuts, withReadBudget } from '../dom/read-limit';
import { extractPersonSpec } from '../extract/extract';
import type { TextSpan } from '../extract/extraction';
import { analyseSpec } from '../match/analyse-spec';
import type { AnalysedSpec } from '../spec/analysed-spec';
import type { Matcher } from '../taxonomy/compile';
import { capSpec } from './cap-spec';

export type PageAnalysis = {
  analysed: AnalysedSpec;
  anchors: Map<string, Element[]>;
  /** For criteria read from part of an element: where their text sits in it (absent: the whole element). */
  spans?: ReadonlyMap<string, TextSpan>;
};

/** The one pipeline: page → person specification → skills per criterion. Used by the extension and the CLI. */
export function analysePage(doc: Document, url: URL, matcher: Matcher): PageAnalysis {
  // A page far larger than any advert is read and analysed only in part; the result says which part.
  const { value: extraction, cut } = watchCuts(() => withReadBudget(PAGE_READ_BUDGET, () => extractPersonSpec(doc, url)));
  const { spec, limits } = capSpec(extraction.spec, cut, READ_LIMIT);
  const analysed = analyseSpec(spec, matcher);
  if (limits) analysed.limits = limits;
  const { anchors, spans } = extraction;
  return { analysed, anchors, ...(spans && spans.size > 0 ? { spans } : {}) };
}
