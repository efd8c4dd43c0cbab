/**
 * How much one analysis reads and matches. A real advert has a few dozen criteria of a sentence or
 * two and a few tens of thousands of characters; these bounds only bite on a page far larger (a
 * broken or hostile one), and keep its analysis, and the highlights that follow, to a fraction of a
 * second. The content script, the command line and the tests all analyse under the same budget.
 */
export type AnalysisBudget = {
  /** Characters read from the page in all. */
  pageChars: number;
  /** Characters one read takes (an element's text, the lines of the main content). */
  readLimit: number;
  /** Criteria analysed: the first ones, in page order. */
  maxCriteria: number;
  /** A longer criterion is cut, at a word, to this many characters. */
  maxCriterionChars: number;
  /** Characters of criteria matched in all. */
  maxTotalChars: number;
};

export const ANALYSIS_BUDGET: Readonly<AnalysisBudget> = {
  pageChars: 500_000,
  readLimit: 100_000,
  maxCriteria: 300,
  maxCriterionChars: 5_000,
  maxTotalChars: 100_000,
};
