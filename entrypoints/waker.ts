import { defineUnlistedScript } from '#imports';
import { wakeBackgroundSoon } from '../src/content/wake-background';

// Run on advert pages as they start loading (declared in wxt.config.ts, beside the reader): the background
// wakes (in the next task) and loads the taxonomy while the page arrives. An unlisted script, not a WXT content
// script, so it carries no content-script context nor the polyfill that context imports: a few hundred bytes.
export default defineUnlistedScript(() => wakeBackgroundSoon());
