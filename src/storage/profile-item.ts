import { localItem } from './local-item';

/**
 * The stored profile as it is kept, not yet validated: read it through profile-store, except to ask for it
 * early. storage.local, not sync: evidence notes outgrow sync's 8 KB per item, and sync would copy the
 * user's notes to the browser vendor's servers.
 */
export const profileItem = localItem('profile');
