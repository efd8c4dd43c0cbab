import { isOwnChange } from '../own-changes';
import type { AdvertFeature } from '../feature';

/** Wait for the page to settle before reading it again… */
const QUIET_MS = 400;
/** …but read it at least this often while it keeps changing. */
const MAX_WAIT_MS = 3_000;

/**
 * Reads the page again when its content changes after load (criteria rendered late, a block
 * re-rendered, a <details> filled on opening), debounced, ignoring the extension's own changes.
 * The page state publishes only when the analysis really changed.
 */
export const rescanOnChange: AdvertFeature = (page, ctx) => {
  let timer: number | undefined;
  let firstChangeAt: number | null = null;
  const rescan = () => {
    timer = undefined;
    firstChangeAt = null;
    void page.rescan();
  };
  const observer = new MutationObserver((records) => {
    if (records.every(isOwnChange)) return;
    const now = Date.now();
    firstChangeAt ??= now;
    clearTimeout(timer);
    timer = ctx.setTimeout(rescan, Math.max(0, Math.min(QUIET_MS, firstChangeAt + MAX_WAIT_MS - now)));
  });
  observer.observe(page.doc.body ?? page.doc.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
};
