import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadProfile, updateProfile, watchProfile, type ProfileState } from '../profile/profile-store';
import type { Profile } from '../spec/profile';

/** The stored profile, kept current across pages, with a validated, error-reporting update. */
export function useProfile() {
  const [state, setState] = useState<ProfileState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadProfile().then((s) => live && setState(s));
    const unwatch = watchProfile(setState);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = useCallback(async (change: (profile: Profile) => Profile) => {
    try {
      await updateProfile(change);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  return { state, error, update };
}
