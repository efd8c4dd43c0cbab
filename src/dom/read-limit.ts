/**
 * The most text one read of the page takes (an element's text, the lines of the main content). A
 * person specification is a few thousand characters and a long advert page a few tens of
 * thousands; a page far larger (a hostile or broken one) is read up to here, so the tab never
 * freezes. Every reader stops at the same limit, so offsets read under it still place highlights.
 */
export const READ_LIMIT = 100_000;

let cuts = 0;

/** A reader stopped at the limit with text left over. */
export function noteCut(): void {
  cuts++;
}

/** Runs `read` and tells whether any reader stopped at the limit meanwhile. */
export function watchCuts<T>(read: () => T): { value: T; cut: boolean } {
  const before = cuts;
  const value = read();
  return { value, cut: cuts > before };
}
