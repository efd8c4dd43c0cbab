import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ProfileChange } from '../../core/profile/edit-profile';
import { applyProfileChanges, loadProfile, watchProfile, type ProfileState } from '../../storage/profile-store';
import { createSaveQueue, type SaveQueue, type SaveStatus } from '../../storage/save-queue';
import type { Profile } from '../../core/model/profile';

let queue: SaveQueue | undefined;
/** One queue per page: every component's changes go through it, in order. */
const pageQueue = () => (queue ??= createSaveQueue({ apply: applyProfileChanges }));

/** The stored profile with this page's unsaved changes applied on top, so an edit never seems to vanish. */
function withPending(state: ProfileState | null, pending: readonly ProfileChange[]): ProfileState | null {
  if (state?.state !== 'ok' || pending.length === 0) return state;
  let profile: Profile = state.profile;
  for (const change of pending) {
    try {
      profile = change(profile);
    } catch {
      // A change that fails is refused when it is saved, and reported there.
    }
  }
  return { state: 'ok', profile };
}

export type UseProfile = {
  /** null while loading. */
  state: ProfileState | null;
  save: SaveStatus;
  update(change: ProfileChange): void;
  retryNow(): void;
  dismissRefused(): void;
};

/** The same state read again: kept as it was, so nothing made from it is made again. */
const sameAs = (before: ProfileState | null, after: ProfileState): ProfileState =>
  before !== null && JSON.stringify(before) === JSON.stringify(after) ? before : after;

/**
 * The stored profile, kept current across pages, with queued, retried, never silently lost updates.
 * `first`: the profile already read (the popup reads it before it renders); it is read again as the page
 * starts watching it, and replaced only if it changed in between.
 */
export function useProfile(first?: ProfileState): UseProfile {
  const saves = pageQueue();
  const [stored, setStored] = useState<ProfileState | null>(first ?? null);
  const [save, setSave] = useState<SaveStatus>(saves.status);

  useEffect(() => {
    let live = true;
    void loadProfile().then((s) => live && setStored((before) => sameAs(before, s)));
    const unwatch = watchProfile(setStored);
    const unsubscribe = saves.subscribe(setSave);
    return () => {
      live = false;
      unwatch();
      unsubscribe();
    };
  }, [saves]);

  // Leaving the page with changes not yet saved: the browser asks first.
  useEffect(() => {
    if (save.pending === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [save.pending]);

  const state = useMemo(() => withPending(stored, saves.pending), [stored, save, saves]);
  const update = useCallback((change: ProfileChange) => saves.enqueue(change), [saves]);
  return { state, save, update, retryNow: saves.retryNow, dismissRefused: saves.dismissRefused };
}
