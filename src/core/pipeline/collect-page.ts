import { readBudget } from '../dom/read-budget';
import { finish, type Steps } from '../dom/steps';
import { collectLinesSteps, type CollectedPage } from '../extract/lines/collect-lines';
import { placeLines, type LinesRead } from '../extract/lines/place-lines';
import { ADAPTERS } from '../extract/sites/adapters';
import type { AnalysisLimits } from '../model/analysis-limits';
import { ANALYSIS_BUDGET, type AnalysisBudget } from './analysis-budget';
import type { PageRead } from './page-read';

/** What the reader made of a page's lines (interpretPage), capped as the analysis will take it: plain data. */
export type LinesAnswer = LinesRead & { limits: AnalysisLimits | null };

export const readingFor = (budget: AnalysisBudget) =>
  readBudget({ limit: budget.readLimit, chars: budget.pageChars, criteria: budget.maxCriteria });

/**
 * The first half of reading a page, where the page is (the advert tab): the site readers' own
 * criteria, and the lines left to the free-text reader, as plain data, under the budget.
 */
export const collectPage = (doc: Document, url: URL, budget: AnalysisBudget = ANALYSIS_BUDGET): CollectedPage =>
  finish(collectPageSteps(doc, url, budget));

/** collectPage a step at a time, for a tab to spread over several tasks (content/run-in-slices). */
export const collectPageSteps = (
  doc: Document,
  url: URL,
  budget: AnalysisBudget = ANALYSIS_BUDGET,
): Steps<CollectedPage> => collectLinesSteps(doc, url, ADAPTERS, readingFor(budget));

/** The reader's answer placed on the page again: the criteria and the elements they were read from. */
export function placeRead(collected: CollectedPage, read: LinesAnswer): PageRead {
  const { anchors, spans } = placeLines(collected, read);
  return { spec: read.spec, limits: read.limits, anchors, ...(spans.size > 0 ? { spans } : {}) };
}
