import { defineUnlistedScript } from '#imports';
import { startReading } from '../src/content/start-reading';

// The first half of the advert tab's work, injected by the background as the page starts loading
// (src/background/inject-advert-scripts.ts): it reads the page and sends its lines; the painter (advert.content)
// follows. An unlisted script, without WXT's content-script context or the polyfill, so it stays small.
export default defineUnlistedScript(() => void startReading());
