import { readBudget } from '../dom/read-budget';
import { extractPersonSpec } from '../extract/extract';
import type { Extraction, TextSpan } from '../extract/extraction';
import { extractPosting } from '../extract/sites/extract-posting';
import type { JobPosting } from '../extract/sites/job-posting';
import type { AnalysisLimits } from '../model/analysis-limits';
import type { PersonSpec } from '../model/person-spec';
import { ANALYSIS_BUDGET, type AnalysisBudget } from './analysis-budget';
import { capSpec } from './cap-spec';

/** The first stage: what the page's person specification says, as far as it will be analysed. */
export type PageRead = {
  spec: PersonSpec;
  limits: AnalysisLimits | null;
  /** Criterion id → the page elements it was read from (none for a record or a document). */
  anchors: Map<string, Element[]>;
  /** For criteria read from part of an element: where their text sits in it (absent: the whole element). */
  spans?: ReadonlyMap<string, TextSpan>;
};

const readingFor = (budget: AnalysisBudget) =>
  readBudget({ limit: budget.readLimit, chars: budget.pageChars, criteria: budget.maxCriteria });

function finish(extraction: Extraction, cut: boolean, budget: AnalysisBudget): PageRead {
  const { spec, limits } = capSpec(extraction.spec, cut, budget, extraction.unread);
  const { anchors, spans } = extraction;
  return { spec, limits, anchors, ...(spans && spans.size > 0 ? { spans } : {}) };
}

/** A page (the advert tab, or a saved page for the command line): every adapter, under the budget. */
export function readPage(doc: Document, url: URL, budget: AnalysisBudget = ANALYSIS_BUDGET): PageRead {
  const reading = readingFor(budget);
  return finish(extractPersonSpec(doc, url, reading), reading.cut, budget);
}

/** A schema.org JobPosting record (the corpus, a JSON file): its description read as free text. */
export function readPosting(
  doc: Document,
  posting: JobPosting,
  url: URL,
  budget: AnalysisBudget = ANALYSIS_BUDGET,
): PageRead {
  const reading = readingFor(budget);
  return finish(extractPosting(doc, posting, url, null, reading), reading.cut, budget);
}

/** A specification read from an attached document: capped like a page's. */
export function readDocumentSpec(spec: PersonSpec, budget: AnalysisBudget = ANALYSIS_BUDGET): PageRead {
  return finish({ spec, anchors: new Map() }, false, budget);
}
