import { defineBackground } from '#imports';
import { BACKGROUND_FEATURES } from '../src/background/features';
import { loadEnglishMessages } from '../src/core/model/english-messages';

// The taxonomy and the matcher live here, compiled once each time the background wakes: advert pages
// only read the criteria and paint what the background answers.
export default defineBackground(() => {
  loadEnglishMessages();
  for (const feature of BACKGROUND_FEATURES) feature();
});
