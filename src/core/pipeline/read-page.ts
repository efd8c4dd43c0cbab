import type { Extraction } from '../extract/extraction';
import { interpretLines } from '../extract/lines/interpret-lines';
import type { PageLines } from '../extract/lines/page-lines';
import { extractPosting } from '../extract/sites/extract-posting';
import type { JobPosting } from '../extract/sites/job-posting';
import type { PersonSpec } from '../model/person-spec';
import { ANALYSIS_BUDGET, type AnalysisBudget } from './analysis-budget';
import { capSpec } from './cap-spec';
import { collectPage, readingFor } from './collect-page';
import { placeRead, type LinesAnswer } from './place-read';
import type { PageRead } from './page-read';

export type { PageRead };

function finish(extraction: Extraction, cut: boolean, budget: AnalysisBudget): PageRead {
  const { spec, limits } = capSpec(extraction.spec, cut, budget, extraction.unread);
  const { anchors, spans } = extraction;
  return { spec, limits, anchors, ...(spans && spans.size > 0 ? { spans } : {}) };
}

/**
 * The second half of reading a page, wherever its lines were sent (the extension's background): the
 * free-text reader over them, and the specification capped as the analysis will take it.
 */
export function interpretPage(lines: PageLines, budget: AnalysisBudget = ANALYSIS_BUDGET): LinesAnswer {
  const read = interpretLines(lines);
  const { spec, limits } = capSpec(read.spec, read.cut, budget, read.unread);
  return { spec, limits, step: read.step, anchors: [...read.anchors], spans: [...(read.spans ?? [])] };
}

/**
 * A page (a saved page for the command line, the tests): every adapter, under the budget, through the
 * same two halves the extension runs in the advert tab (collectPage, placeRead) and its background
 * (interpretPage).
 */
export function readPage(doc: Document, url: URL, budget: AnalysisBudget = ANALYSIS_BUDGET): PageRead {
  const collected = collectPage(doc, url, budget);
  return placeRead(collected, interpretPage(collected.lines, budget));
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
