/** How many pages the background keeps track of at once (a tab closed before its page was read is forgotten). */
const MOST_PAGES = 100;

/**
 * The advert pages between their waker's `warm-up` and their reader's lines: each page gets exactly one painter
 * (a second one's WXT context would stop the first). A page starting to load gets it at once; its lines then
 * bring none, while lines from a page that never called (the reader injected by "Analyse this page") do. Keyed by
 * target: in Firefox a frame, so it is forgotten once the lines come, for the next page in that frame.
 */
export function paintedPages() {
  const starting = new Set<string>();
  return {
    /** A page has started loading: it gets its painter now. */
    started(key: string): void {
      starting.delete(key);
      starting.add(key);
      if (starting.size > MOST_PAGES) starting.delete(starting.values().next().value!);
    },
    /** The reader's lines have come: whether to inject the painter now (not if the page got it as it started). */
    linesCame(key: string): boolean {
      return !starting.delete(key);
    },
  };
}
