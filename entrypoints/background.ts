import { defineBackground } from '#imports';
import { BACKGROUND_FEATURES } from '../src/background/features';

// The taxonomy and the matcher live here, compiled once each time the background wakes: advert pages
// only read the criteria and paint what the background answers.
export default defineBackground(() => {
  for (const feature of BACKGROUND_FEATURES) feature();
});
