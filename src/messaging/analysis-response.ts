import * as z from 'zod/mini';
import { analysedSpecSchema } from '../core/model/analysed-spec';

/** The content script's answer to get-analysis: the tab's analysis, or why it has none. */
export const analysisResponseSchema = z.union([
  z.object({ analysed: analysedSpecSchema, analysedAt: z.string() }),
  z.object({ error: z.string() }),
]);
export type AnalysisResponse = z.infer<typeof analysisResponseSchema>;
