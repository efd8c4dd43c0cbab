import { browser } from 'wxt/browser';
import { analysisResponseSchema } from './analysis-response';
import { askTabAnalysis } from './ask-tab-analysis';
import type { AnalysedSpec } from '../core/model/analysed-spec';
import type { ContentRequest } from './content-requests';

export type AnalysisResult =
  | { state: 'ok'; response: { analysed: AnalysedSpec; analysedAt: string } }
  /** No content script answered: not an advert page we run on, or opened before the extension. */
  | { state: 'no-content-script' }
  | { state: 'error'; message: string };

export const requestAnalysis = async (tabId: number): Promise<AnalysisResult> =>
  readAnalysisReply(await askTabAnalysis(tabId));

/** A tab's answer validated (it runs beside a web page): the analysis, the tab's reason for none, or none. */
export function readAnalysisReply(reply: unknown): AnalysisResult {
  if (reply === undefined) return { state: 'no-content-script' };
  const parsed = analysisResponseSchema.safeParse(reply);
  if (!parsed.success) {
    return { state: 'error', message: 'The page sent an analysis this version cannot read. Reload the page.' };
  }
  return 'error' in parsed.data
    ? { state: 'error', message: parsed.data.error }
    : { state: 'ok', response: parsed.data };
}

export async function revealCriterion(tabId: number, criterionId: string): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'reveal-criterion', criterionId } satisfies ContentRequest);
}
