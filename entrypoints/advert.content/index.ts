import { defineContentScript } from '#imports';
import { ADVERT_MATCHES } from '../../src/core/extract/sites/advert-matches';
import { openAdvertPage } from '../../src/content/advert-page';
import { ADVERT_FEATURES } from '../../src/content/features';
import { nextTask } from '../../src/core/pipeline/slices';
import { matcherForProfile } from '../../src/core/profile/custom-skills';
import { loadProfile } from '../../src/storage/profile-store';

export default defineContentScript({
  matches: ADVERT_MATCHES,
  runAt: 'document_idle',
  // The key's styles are bundled into the script (show-legend), so nothing is fetched at run time and
  // no file of the extension has to be exposed to web pages.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The first analysis and each feature's set-up run as separate tasks: a long advert never freezes the page.
    const page = await openAdvertPage(document, new URL(location.href), matcherForProfile, await loadProfile());
    for (const feature of ADVERT_FEATURES) {
      if (ctx.isInvalid) return;
      await feature(page, ctx);
      await nextTask();
    }
  },
});
