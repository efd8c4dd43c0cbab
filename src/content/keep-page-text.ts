import { readDescription } from '../core/pipeline/read-description';
import { askBackground } from '../messaging/ask-background';
import type { KeepPageTextRequest } from '../messaging/background-messages';
import { afterRendering } from './after-rendering';

export type KeepPageText = (request: KeepPageTextRequest) => Promise<unknown>;

/**
 * The advert's text for the copy kept in the history, read once the page is idle after rendering and sent to
 * the background: not in the task after the answer, where reading the page's lines (and the background storing
 * them) ran between the answer and the marks it paints, on a machine of two cores.
 */
export function keepPageTextSoon(doc: Document, url: string, send: KeepPageText = askBackground): void {
  afterRendering(doc.defaultView, () => {
    void send({ type: 'keep-page-text', url, description: readDescription(doc) }).catch(() => undefined);
  });
}
