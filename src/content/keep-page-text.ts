import { readDescription } from '../core/pipeline/read-description';
import { askBackground } from '../messaging/ask-background';
import type { KeepPageTextRequest } from '../messaging/background-messages';

export type KeepPageText = (request: KeepPageTextRequest) => Promise<unknown>;

/**
 * The advert's text for the copy kept in the history, read in a task of its own after the answer is
 * painted (reading it before asking delayed the marks), and sent to the background.
 */
export function keepPageTextSoon(doc: Document, url: string, send: KeepPageText = askBackground): void {
  setTimeout(() => {
    void send({ type: 'keep-page-text', url, description: readDescription(doc) }).catch(() => undefined);
  }, 0);
}
