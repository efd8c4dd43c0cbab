import type { ProfileChange } from '../core/profile/edit-profile';
import { StoredProfileInvalidError, type ApplyResult } from './profile-store';

export type SaveStatus = {
  /** Changes made on this page that are not in storage yet. */
  pending: number;
  saving: boolean;
  /** The last write failed: why, how often, and when it is tried again. */
  failure: { message: string; attempts: number; retryAt: number } | null;
  /** Changes that were refused (they would make the profile invalid, or it is unreadable): never retried. */
  refused: string | null;
};

export type SaveQueue = {
  enqueue(change: ProfileChange): void;
  retryNow(): void;
  dismissRefused(): void;
  readonly pending: readonly ProfileChange[];
  readonly status: SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
};

type Options = {
  apply: (changes: readonly ProfileChange[]) => Promise<ApplyResult>;
  /** Waits before each retry, growing with the number of failures (milliseconds). */
  retryDelays?: readonly number[];
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

const DEFAULT_DELAYS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** Words for a storage failure a person can act on. */
export function describeWriteError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(message))
    return `The browser's storage for this extension is full (${message}). Free some space, for example by removing old adverts from your history.`;
  return message || 'The browser refused to save.';
}

/**
 * The changes a page has made and not yet saved. Each flush writes every pending change in one
 * locked read-modify-write; a failed write keeps them all and is retried (sooner on request), so a
 * change is saved, refused with a reason, or still pending and shown as such: never silently lost.
 */
export function createSaveQueue({
  apply,
  retryDelays = DEFAULT_DELAYS,
  now = Date.now,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}: Options): SaveQueue {
  let pending: ProfileChange[] = [];
  let saving = false;
  let failure: SaveStatus['failure'] = null;
  let refused: string | null = null;
  let timer: unknown = null;
  let status: SaveStatus = { pending: 0, saving: false, failure: null, refused: null };
  const listeners = new Set<(status: SaveStatus) => void>();

  const emit = () => {
    status = { pending: pending.length, saving, failure, refused };
    for (const listener of listeners) listener(status);
  };

  const flush = async (): Promise<void> => {
    if (saving || pending.length === 0) return;
    if (timer !== null) clearTimer(timer);
    timer = null;
    saving = true;
    emit();
    const batch = pending.slice();
    try {
      const result = await apply(batch);
      pending = pending.slice(batch.length);
      failure = null;
      if (result.rejected.length > 0) refused = `Not saved: ${result.rejected.join('; ')}`;
    } catch (error) {
      if (error instanceof StoredProfileInvalidError) {
        pending = pending.slice(batch.length);
        refused = error.message;
      } else {
        const attempts = (failure?.attempts ?? 0) + 1;
        const delay = retryDelays[Math.min(attempts - 1, retryDelays.length - 1)] ?? 30_000;
        failure = { message: describeWriteError(error), attempts, retryAt: now() + delay };
        timer = setTimer(() => void flush(), delay);
      }
    } finally {
      saving = false;
      emit();
    }
    if (pending.length > 0 && failure === null) await flush();
  };

  return {
    enqueue(change) {
      pending.push(change);
      emit();
      void flush();
    },
    retryNow: () => void flush(),
    dismissRefused() {
      refused = null;
      emit();
    },
    get pending() {
      return pending;
    },
    get status() {
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
