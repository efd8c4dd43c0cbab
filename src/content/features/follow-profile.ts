import { watchProfile } from '../../storage/profile-store';
import type { AdvertFeature } from '../feature';

/** The report follows the saved profile as it changes in the popup or the options page. */
export const syncProfile: AdvertFeature = (page, ctx) => {
  ctx.onInvalidated(watchProfile(page.setProfile));
};
