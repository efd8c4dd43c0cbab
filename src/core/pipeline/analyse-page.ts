import { PAGE_READ_BUDGET, READ_LIMIT, watchCuts, withReadBudget } from '../dom/read-limit';
import { extractPersonSpec } from '../extract/extract';
import type { TextSpan } from '../extract/extraction';
import { analyseSpec } from '../match/analyse-spec';
import type { AnalysedSpec } from '../model/analysed-spec';
import type { AnalysisLimits } from '../model/analysis-limits';
import type { PersonSpec } from '../model/person-spec';
import type { Matcher } from '../taxonomy/compile';
import { ANALYSIS_BUDGET, capSpec } from './cap-spec';

export type PageAnalysis = {
  analysed: AnalysedSpec;
  anchors: Map<string, Element[]>;
  /** For criteria read from part of an element: where their text sits in it (absent: the whole element). */
  spans?: ReadonlyMap<string, TextSpan>;
};

/** The first stage: what the page's person specification says, as far as it will be analysed. */
export type PageRead = {
  spec: PersonSpec;
  limits: AnalysisLimits | null;
  anchors: Map<string, Element[]>;
  spans?: ReadonlyMap<string, TextSpan>;
};

/** The one pipeline: page → person specification → skills per criterion. Used by the extension and the CLI. */
export function analysePage(doc: Document, url: URL, matcher: Matcher): PageAnalysis {
  const read = readPage(doc, url);
  return withSkills(read, analyseSpec(read.spec, matcher));
}

/** Extraction: the page's person specification (a page far larger than any advert is read only in part). */
export function readPage(doc: Document, url: URL): PageRead {
  const budget = { chars: PAGE_READ_BUDGET, criteria: ANALYSIS_BUDGET.maxCriteria };
  const { value: extraction, cut } = watchCuts(() => withReadBudget(budget, () => extractPersonSpec(doc, url)));
  const { spec, limits } = capSpec(extraction.spec, cut, READ_LIMIT, ANALYSIS_BUDGET, extraction.unread);
  const { anchors, spans } = extraction;
  return { spec, limits, anchors, ...(spans && spans.size > 0 ? { spans } : {}) };
}

/** The page's analysis once its criteria are matched (by analyseSpec, or in slices by the content script). */
export function withSkills(read: PageRead, analysed: AnalysedSpec): PageAnalysis {
  if (read.limits) analysed.limits = read.limits;
  return { analysed, anchors: read.anchors, ...(read.spans ? { spans: read.spans } : {}) };
}
