import { emptyProfile, type Profile } from '../core/model/profile';
import type { ProfileChange } from '../core/profile/edit-profile';
import { localItem } from './local-item';
import { profileItem } from './profile-item';
import { parseProfile } from '../core/profile/parse-profile';
import { withStorageLock } from './profile-lock';
import { keptWhileAwake } from './kept-while-awake';

/**
 * The stored profile as the rest of the extension sees it. A stored value that fails validation is
 * never replaced: it stays in storage, is reported, and blocks writes until the user decides.
 */
export type ProfileState = { state: 'ok'; profile: Profile } | { state: 'invalid'; error: string; raw: unknown };

/** The profile as it was before the last import or reset, so either can be undone. */
const previousItem = localItem('profile-previous');

/** A stored value as the profile it holds, or why it cannot be read. */
export const profileStateOf = (raw: unknown): ProfileState => {
  if (raw === null || raw === undefined) return { state: 'ok', profile: emptyProfile(new Date(0)) };
  const parsed = parseProfile(raw);
  return parsed.ok ? { state: 'ok', profile: parsed.profile } : { state: 'invalid', error: parsed.error, raw };
};

/** The stored profile, read and validated now: what a read-modify-write must start from. */
export async function loadProfile(): Promise<ProfileState> {
  return profileStateOf(await profileItem.getValue());
}

/** A valid profile stays in memory until the key changes; an invalid one is read again each time. */
const awake = keptWhileAwake('profile', loadProfile, (state) => state.state === 'ok');

/**
 * The stored profile for the background's requests: read and validated once while it is awake, read
 * afresh after any change to it (from any page, or written here). Never a base for writing: the returned
 * profile is shared, so callers must not change it.
 */
export function loadProfileKept(): Promise<ProfileState> {
  return awake.get();
}

/** Writes the profile key, then drops the kept copy (storage.onChanged drops it too, but later). */
async function writeProfile(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } finally {
    awake.forget();
  }
}

export class StoredProfileInvalidError extends Error {
  constructor(readonly detail: string) {
    super(`Your saved profile could not be read (${detail}), so nothing was changed.`);
  }
}

/** A change that would make the profile invalid (too long, a bad date): never written, never retried. */
export class ChangeRejectedError extends Error {}

export type ApplyResult = { profile: Profile; rejected: string[] };

/**
 * Applies changes to the latest stored profile and writes the result once, under the storage lock.
 * A change that fails validation is skipped and named in `rejected`; the others are kept. A storage
 * failure (quota) rejects the promise and changes nothing, so the caller can retry the same changes.
 */
export function applyProfileChanges(changes: readonly ProfileChange[]): Promise<ApplyResult> {
  return withStorageLock('profile', async () => {
    const current = await loadProfile();
    if (current.state === 'invalid') throw new StoredProfileInvalidError(current.error);
    let profile = current.profile;
    const rejected: string[] = [];
    for (const change of changes) {
      let next: ReturnType<typeof parseProfile>;
      try {
        next = parseProfile(change(profile));
      } catch (error) {
        next = { ok: false, error: `the change failed (${error instanceof Error ? error.message : String(error)})` };
      }
      if (next.ok) profile = next.profile;
      else rejected.push(next.error);
    }
    if (rejected.length < changes.length) await writeProfile(() => profileItem.setValue(profile));
    return { profile, rejected };
  });
}

/** Reads the latest stored profile, applies the change and writes it back after validation. */
export async function updateProfile(change: ProfileChange): Promise<Profile> {
  const { profile, rejected } = await applyProfileChanges([change]);
  if (rejected.length > 0) throw new ChangeRejectedError(`The change was not saved: ${rejected[0]}`);
  return profile;
}

/**
 * Replaces the whole profile (an import, or a fresh start after an unreadable one). What was stored
 * before, valid or not, is kept as the previous profile so the replacement can be undone.
 */
export function replaceProfile(profile: Profile): Promise<void> {
  return withStorageLock('profile', async () => {
    const before = await profileItem.getValue();
    if (before !== null && before !== undefined) await previousItem.setValue(before);
    await writeProfile(() => profileItem.setValue(profile));
  });
}

/** The profile kept by the last replacement, if any. */
export async function loadPreviousProfile(): Promise<unknown> {
  return previousItem.getValue();
}

/** Puts the previous profile back, keeping the current one as the new previous (undo is its own undo). */
export function restorePreviousProfile(): Promise<boolean> {
  return withStorageLock('profile', async () => {
    const previous = await previousItem.getValue();
    if (previous === null || previous === undefined) return false;
    const current = await profileItem.getValue();
    await writeProfile(() => profileItem.setValue(previous));
    if (current === null || current === undefined) await previousItem.removeValue();
    else await previousItem.setValue(current);
    return true;
  });
}

export function watchProfile(listener: (state: ProfileState) => void): () => void {
  return profileItem.watch((raw) => listener(profileStateOf(raw)));
}

export function watchPreviousProfile(listener: (raw: unknown) => void): () => void {
  return previousItem.watch(listener);
}
