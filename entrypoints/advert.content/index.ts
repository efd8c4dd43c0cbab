import { defineContentScript } from '#imports';
import { ADVERT_MATCHES } from '../../src/core/extract/sites/advert-matches';
import { readAdvertPage } from '../../src/content/advert-page';
import { ADVERT_FEATURES, PAINTED_AT_ONCE } from '../../src/content/features';
import { firstRunHere, runEnded } from '../../src/content/first-run-here';
import { pageParsed } from '../../src/content/page-start';
import { nextTask, urgentTask } from '../../src/content/after-rendering';
import { readInSlices } from '../../src/content/read-in-slices';

export default defineContentScript({
  matches: ADVERT_MATCHES,
  // Not declared in the manifest: the background injects it when an advert page's waker says the page is
  // starting (src/background/inject-reader.ts), so its evaluation is a task of its own, before the page's first
  // rendering. WXT grants these matches as host permissions. "Analyse this page" injects it at any moment.
  registration: 'runtime',
  // The key's styles are bundled into the script (show-key), so nothing is fetched at run time and no
  // file of the extension has to be exposed to web pages.
  cssInjectionMode: 'manual',
  // WXT's context tells older copies of this script that a new one started with an event of its own; its
  // window.postMessage, kept for older WXT versions, would tell every page script the extension's id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!firstRunHere()) return;
    ctx.onInvalidated(runEnded);
    await pageParsed(document);
    // Read in a task of its own, not in the one where the page handles its own DOMContentLoaded.
    await urgentTask();
    if (ctx.isInvalid) return;
    // The page is read here (a long one over several tasks); its criteria are matched in the background, whose
    // answer the features draw as it comes. The key and the overlay go in next, in an urgent task of their own,
    // before the page's first rendering.
    const url = new URL(location.href);
    const collected = await readInSlices(document, url);
    if (ctx.isInvalid) return;
    const page = readAdvertPage(document, url, undefined, { collected, collect: readInSlices });
    for (const [n, feature] of ADVERT_FEATURES.entries()) {
      if (n === 0) await urgentTask();
      if (n >= PAINTED_AT_ONCE) await nextTask();
      if (ctx.isInvalid) return;
      await feature(page, ctx);
    }
  },
});
