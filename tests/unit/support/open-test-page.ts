import { analyseAdvert } from '../../../src/background/analyse-advert';
import { keepPageText } from '../../../src/background/keep-page-text';
import { openAdvertPage, type Analyse } from '../../../src/content/advert-page';
import type { MarkLayer } from '../../../src/content/highlight/mark-layer';
import { collectedNow } from './collected-now';

/** A mark layer that records what it was asked to draw, for tests that do not look at the overlay. */
export function recordingMarks(): MarkLayer & { painted: number; flashed: Range[] } {
  const layer = {
    painted: 0,
    flashed: [] as Range[],
    paint: () => {
      layer.painted++;
      return Promise.resolve();
    },
    flash: (range: Range) => void layer.flashed.push(range),
    remove: () => undefined,
  };
  return layer;
}

/**
 * An advert page answered by the real background handler in this process (the fake browser's storage
 * holds the profile), as the extension wires them across processes.
 */
export const openTestPage = (doc: Document, url: URL, analyse: Analyse = analyseAdvert) =>
  openAdvertPage(doc, url, analyse, {
    marks: () => recordingMarks(),
    keepText: keepPageText,
    ...collectedNow(doc, url),
  });
