import { defineBackground } from '#imports';
import { BACKGROUND_FEATURES } from '../src/background/features';
import { loadEnglishMessages } from '../src/core/model/english-messages';

// The taxonomy and the matcher live here, compiled once each time the background wakes: advert pages
// only read the criteria and paint what the background answers. An event page in Firefox (MV2), a
// service worker in Chrome (MV3): both sleep when idle and wake on a message.
export default defineBackground({
  persistent: false,
  main() {
    loadEnglishMessages();
    for (const feature of BACKGROUND_FEATURES) feature();
  },
});
