import { browser } from 'wxt/browser';
import type {
  BackgroundRequest,
  MatchReply,
  OpenSetupReply,
  ReviewReply,
  SentAnalyseReply,
  SkillsReply,
} from './background-messages';

/** The background did not answer (the extension was reloaded or updated under the page). */
export class BackgroundUnavailableError extends Error {
  constructor() {
    super('The extension did not answer. Reload the page to analyse it again.');
  }
}

type Replies = {
  analyse: SentAnalyseReply;
  'keep-page-text': { ok: boolean };
  skills: SkillsReply;
  'open-setup': OpenSetupReply;
  review: ReviewReply;
  match: MatchReply;
  'warm-up': { ready: true };
};

export async function askBackground<R extends BackgroundRequest>(request: R): Promise<Replies[R['type']]> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch {
    throw new BackgroundUnavailableError();
  }
  if (reply === undefined || reply === null) throw new BackgroundUnavailableError();
  return reply as Replies[R['type']];
}
