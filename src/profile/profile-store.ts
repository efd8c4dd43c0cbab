import { storage } from '#imports';
import { emptyProfile, type Profile } from '../spec/profile';
import { parseProfile } from './parse-profile';

/**
 * The stored profile as the rest of the extension sees it. A stored value that fails validation is
 * never replaced: it stays in storage, is reported, and blocks writes until the user decides.
 */
export type ProfileState =
  | { state: 'ok'; profile: Profile }
  | { state: 'invalid'; error: string; raw: unknown };

// storage.local, not sync: evidence notes outgrow sync's 8 KB per item.
const profileItem = storage.defineItem<unknown>('local:profile');

const toState = (raw: unknown): ProfileState => {
  if (raw === null || raw === undefined) return { state: 'ok', profile: emptyProfile(new Date(0)) };
  const parsed = parseProfile(raw);
  return parsed.ok ? { state: 'ok', profile: parsed.profile } : { state: 'invalid', error: parsed.error, raw };
};

export async function loadProfile(): Promise<ProfileState> {
  return toState(await profileItem.getValue());
}

export class StoredProfileInvalidError extends Error {
  constructor(readonly detail: string) {
    super(`Your saved profile could not be read (${detail}), so nothing was changed.`);
  }
}

/** Reads the latest stored profile, applies the change and writes it back after validation. */
export async function updateProfile(change: (profile: Profile) => Profile): Promise<Profile> {
  const current = await loadProfile();
  if (current.state === 'invalid') throw new StoredProfileInvalidError(current.error);
  const next = parseProfile(change(current.profile));
  if (!next.ok) throw new Error(`The change was not saved: ${next.error}`);
  await profileItem.setValue(next.profile);
  return next.profile;
}

export function watchProfile(listener: (state: ProfileState) => void): () => void {
  return profileItem.watch((raw) => listener(toState(raw)));
}
