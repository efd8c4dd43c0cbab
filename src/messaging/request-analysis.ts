import { browser } from 'wxt/browser';
import { analysisResponseSchema, type AnalysisResponse, type ContentRequest } from './protocol';

export type AnalysisResult =
  | { state: 'ok'; response: AnalysisResponse }
  /** No content script answered: not an advert page we run on, or opened before the extension. */
  | { state: 'no-content-script' }
  | { state: 'error'; message: string };

export async function requestAnalysis(tabId: number): Promise<AnalysisResult> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'get-analysis' } satisfies ContentRequest);
  } catch {
    return { state: 'no-content-script' };
  }
  if (reply === undefined) return { state: 'no-content-script' };
  const parsed = analysisResponseSchema.safeParse(reply);
  return parsed.success
    ? { state: 'ok', response: parsed.data }
    : { state: 'error', message: 'The page sent an analysis this version cannot read. Reload the page.' };
}

export async function revealCriterion(tabId: number, criterionId: string): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'reveal-criterion', criterionId } satisfies ContentRequest);
}
