import type { AdvertFeature } from '../feature';

const CHECK_EVERY_MS = 1_000;

/**
 * When the extension is reloaded, updated or disabled, the browser leaves this script running in
 * the open tab but cut off from the extension. Nothing tells it, so it checks: once the extension
 * is gone, ctx is invalidated and every feature removes what it put on the page (marks, key,
 * styles, listeners).
 */
export const leaveWhenDisabled: AdvertFeature = (_page, ctx) => {
  // ctx timers test the connection before each run and invalidate ctx when it is lost.
  ctx.setInterval(() => undefined, CHECK_EVERY_MS);
  ctx.addEventListener(document, 'visibilitychange', () => ctx.isValid);
};
