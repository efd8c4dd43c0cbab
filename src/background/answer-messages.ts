import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messaging/background-messages';
import { isOwnSender } from '../messaging/own-sender';
import { packReply } from '../messaging/sent-analyse-reply';
import { analyseAdvert } from './analyse-advert';
import { keepPageText } from './keep-page-text';
import { openSetup } from './open-setup';
import { matchKeptAdvert } from './match-kept-advert';
import { reviewExamples } from './review-evidence';
import { skillCatalogue } from './skill-catalogue';
import { warmUp } from './warm-up';

type Handler = (message: unknown) => unknown;

/** One handler per request type; each validates its own message. */
const HANDLERS: Record<BackgroundRequest['type'], Handler> = {
  analyse: (message) => analyseAdvert(message).then(packReply),
  'keep-page-text': keepPageText,
  skills: skillCatalogue,
  'open-setup': openSetup,
  review: reviewExamples,
  match: matchKeptAdvert,
  'warm-up': warmUp,
};

/** Answers the advert tabs and the extension's pages; anything not from this extension is ignored. */
export function answerMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(HANDLERS, type)) return undefined;
    return Promise.resolve(HANDLERS[type as BackgroundRequest['type']](message));
  });
}
