import { defineUnlistedScript } from '#imports';
import { startReading } from '../src/content/start-reading';

// The first half of the advert tab's work, declared beside the waker on the advert sites (wxt.config.ts) and
// injected by "Analyse this page" elsewhere: it reads the page once it is parsed and sends its lines; the painter
// (advert.content), declared or injected right after it, paints the answer. An unlisted script, without WXT's
// content-script context or the polyfill, so it stays small; built to be evaluated in a task of its own
// (scripts/build/evaluated-later).
export default defineUnlistedScript(() => startReading());
