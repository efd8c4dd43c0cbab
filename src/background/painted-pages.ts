/** How many pages the background keeps track of at once (a tab closed before its page was read is forgotten). */
const MOST_PAGES = 100;

type Stage = 'reading' | 'painted';

/**
 * Each advert page between its waker's `warm-up` and its reader's lines: so that it gets exactly one painter
 * (a second one's WXT context would stop the first), injected as it arrives or when its lines come, whichever
 * the reader's start allows and whatever order the two messages arrive in. Keyed by target.
 */
export function paintedPages() {
  const pages = new Map<string, Stage>();
  const set = (key: string, stage: Stage) => {
    pages.set(key, stage);
    if (pages.size > MOST_PAGES) pages.delete(pages.keys().next().value!);
  };
  return {
    /** The reader is injected. */
    reading(key: string): void {
      set(key, 'reading');
    },
    /** The reader has started, the page still arriving or not: whether to inject the painter now. */
    readerStarted(key: string, arriving: boolean): boolean {
      const linesCame = !pages.has(key);
      if (arriving && !linesCame) set(key, 'painted');
      else pages.delete(key);
      return arriving || linesCame;
    },
    /** The reader's lines have come: whether to inject the painter now (not if it is there or on its way). */
    linesCame(key: string): boolean {
      const stage = pages.get(key);
      pages.delete(key);
      return stage === undefined;
    },
  };
}
