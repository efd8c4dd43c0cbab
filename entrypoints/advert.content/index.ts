import { defineContentScript } from '#imports';
import { ADVERT_MATCHES } from '../../src/extract/sites/advert-matches';
import { createAdvertPage } from '../../src/page/advert-page';
import { ADVERT_FEATURES } from '../../src/page/features';
import { matcherForProfile } from '../../src/profile/custom-skills';
import { loadProfile } from '../../src/profile/profile-store';

export default defineContentScript({
  matches: ADVERT_MATCHES,
  runAt: 'document_idle',
  // The key's styles are bundled into the script (show-legend), so nothing is fetched at run time and
  // no file of the extension has to be exposed to web pages.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const page = createAdvertPage(document, new URL(location.href), matcherForProfile, await loadProfile());
    for (const feature of ADVERT_FEATURES) await feature(page, ctx);
  },
});
