import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

const SAVE_DELAY_MS = 800;
/** Own saves remembered until the store gives them back (a save that never comes back is forgotten). */
const MAX_PENDING_SAVES = 20;
const same = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

export type Draft<T> = {
  value: T;
  set(next: T): void;
  /** Saves now (on blur). */
  commit(): void;
  /** Another page changed the stored value while this one was being edited. */
  conflict: T | null;
  keepMine(): void;
  takeTheirs(): void;
};

/**
 * A text field's local copy of a stored value. Typing saves after a pause and on leaving the field.
 * A change made meanwhile in another page is adopted while nothing is being typed here; if both
 * changed, neither is thrown away: the user chooses.
 */
export function useDraft<T>(stored: T, save: (value: T) => void): Draft<T> {
  const [value, setValue] = useState(stored);
  const [conflict, setConflictState] = useState<T | null>(null);
  const conflictRef = useRef<T | null>(null);
  const setConflict = (next: T | null) => {
    conflictRef.current = next;
    setConflictState(next);
  };
  // The stored value this draft started from.
  const base = useRef(stored);
  // The stored value last seen: a page that redraws passes the same content as a new object, which is no change.
  const seen = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ value, save });
  latest.current = { value, save };
  // Saves made here that the store has not given back yet, oldest first.
  const pending = useRef<T[]>([]);
  const write = (next: T) => {
    base.current = next;
    pending.current = [...pending.current, next].slice(-MAX_PENDING_SAVES);
    latest.current.save(next);
  };

  const commit = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // Both pages changed it: nothing is written until the user chooses.
    if (conflictRef.current !== null) return;
    const current = latest.current.value;
    if (same(current, base.current)) return;
    write(current);
  }, []);

  useEffect(() => {
    if (same(stored, seen.current)) return;
    seen.current = stored;
    // One of this draft's own saves coming back: an older one must not undo the newer ones.
    const own = pending.current.findIndex((saved) => same(saved, stored));
    if (own >= 0) {
      pending.current = pending.current.slice(own + 1);
      return;
    }
    if (same(stored, base.current)) return;
    if (same(latest.current.value, base.current) || same(stored, latest.current.value)) {
      base.current = stored;
      setValue(stored);
      setConflict(null);
    } else {
      setConflict(stored);
    }
  }, [stored]);

  useEffect(() => () => commit(), [commit]);

  return {
    value,
    set(next) {
      setValue(next);
      latest.current.value = next;
      if (conflictRef.current !== null) return; // wait for the user's choice
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(commit, SAVE_DELAY_MS);
    },
    commit,
    conflict,
    keepMine() {
      setConflict(null);
      // Written as it stands: the user chose this version over the other page's.
      write(latest.current.value);
    },
    takeTheirs() {
      setConflict(null);
      base.current = stored;
      setValue(stored);
      latest.current.value = stored;
    },
  };
}
