import { defineUnlistedScript } from '#imports';
import { startReader } from '../src/content/start-reading';

// The first half of the advert tab's work, injected by the background as the page starts loading
// (src/background/inject-advert-scripts.ts): it reads the page and sends its lines; the painter (advert.content)
// follows. An unlisted script, without WXT's content-script context or the polyfill, so it stays small. What it
// returns (whether the page is still arriving) goes back to the background.
export default defineUnlistedScript(() => startReader());
