import * as z from 'zod/mini';

const count = z.int().check(z.nonnegative());

/**
 * What was left out of the analysis of a very large page, so the popup can say what was analysed.
 * Present only when something was: a normal advert is read and analysed in full.
 */
export const analysisLimitsSchema = z.object({
  /** Criteria the page gave, and how many of them were analysed: the first ones, in page order. */
  criteriaFound: count,
  criteriaAnalysed: count,
  /** Criteria cut to their first `criterionChars` characters before matching. */
  criteriaShortened: count,
  criterionChars: count,
  /** Whether some part of the page was longer than `readChars` and read only that far. */
  pageCut: z.boolean(),
  readChars: count,
});
export type AnalysisLimits = z.infer<typeof analysisLimitsSchema>;
