import type { AdvertPageOptions } from '../../../src/content/advert-page';
import { collectPage } from '../../../src/core/pipeline/collect-page';

/** The reader's part of an advert page's options, done at once: the page's lines, and collecting them again. */
export const collectedNow = (doc: Document, url: URL): Pick<AdvertPageOptions, 'collected' | 'collect'> => ({
  collected: collectPage(doc, url),
  collect: (again, at) => Promise.resolve(collectPage(again, at)),
});
