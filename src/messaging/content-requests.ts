import * as z from 'zod/mini';
import { analysedSpecSchema } from '../core/model/analysed-spec';

/** Requests the popup sends to the content script of an advert tab. */
export type ContentRequest = { type: 'get-analysis' } | { type: 'reveal-criterion'; criterionId: string };

export const analysisResponseSchema = z.object({
  analysed: analysedSpecSchema,
  analysedAt: z.string(),
});
export type AnalysisResponse = z.infer<typeof analysisResponseSchema>;

export const isContentRequest = (message: unknown): message is ContentRequest =>
  typeof message === 'object' &&
  message !== null &&
  ((message as { type?: unknown }).type === 'get-analysis' ||
    (message as { type?: unknown }).type === 'reveal-criterion');
