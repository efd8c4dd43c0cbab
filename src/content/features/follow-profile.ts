import { browser } from 'wxt/browser';
import type { AdvertFeature } from '../feature';

const SETTLE_MS = 150;

/** The marks and the key follow the saved profile as it changes in the popup or the options page. */
export const followProfile: AdvertFeature = (page, ctx) => {
  let timer: number | undefined;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('profile' in changes)) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void page.refresh(), SETTLE_MS);
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
};
