/** The reader as built: the unlisted script WXT makes of entrypoints/reader.ts. It reads the page, sends its lines. */
export const READER_SCRIPT = '/reader.js' as const;
/** The painter as built (WXT names it after its entrypoint, advert.content): the key, the marks, the popup. */
export const PAINTER_SCRIPT = '/content-scripts/advert.js' as const;
