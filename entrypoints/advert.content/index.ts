import { defineContentScript } from '#imports';
import { ADVERT_MATCHES } from '../../src/extract/sites/advert-matches';
import '../../src/highlight/legend.css';
import { createAdvertPage } from '../../src/page/advert-page';
import { ADVERT_FEATURES } from '../../src/page/features';
import { matcherForProfile } from '../../src/profile/custom-skills';
import { loadProfile } from '../../src/profile/profile-store';

export default defineContentScript({
  matches: ADVERT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const page = createAdvertPage(document, new URL(location.href), matcherForProfile, await loadProfile());
    for (const feature of ADVERT_FEATURES) await feature(page, ctx);
  },
});
