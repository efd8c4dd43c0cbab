/** The reader (the advert content script) as built: WXT names it after its entrypoint, advert.content. */
export const READER_SCRIPT = '/content-scripts/advert.js';
