import { readBudget } from '../dom/read-budget';
import { finish, type Steps } from '../dom/steps';
import { collectLinesSteps, type CollectedPage } from '../extract/lines/collect-lines';
import { ADAPTERS } from '../extract/sites/adapters';
import { ANALYSIS_BUDGET, type AnalysisBudget } from './analysis-budget';

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
