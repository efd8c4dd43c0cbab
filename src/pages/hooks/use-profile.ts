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

/** The stored profile, kept current across pages, with queued, retried, never silently lost updates. */
export function useProfile(): UseProfile {
  const saves = pageQueue();
  const [stored, setStored] = useState<ProfileState | null>(null);
  const [save, setSave] = useState<SaveStatus>(saves.status);

  useEffect(() => {
    let live = true;
    void loadProfile().then((s) => live && setStored(s));
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
