import { browser } from 'wxt/browser';

/** A value read from storage and kept in memory; `forget` drops it so the next `get` reads afresh. */
export type KeptValue<T> = { get(): Promise<T>; forget(): void };

/**
 * What `read` makes of one key of storage.local, kept while this context (the background) is awake,
 * so repeated requests neither read storage nor validate again. It is dropped whenever the key changes
 * (storage.onChanged, from any page), when `forget` is called (our own writes), and whenever the change
 * listener is found missing. A value `keep` refuses (a profile that fails validation) is never kept, nor
 * is one whose read began before a change: the next `get` reads storage again.
 */
export function keptWhileAwake<T>(key: string, read: () => Promise<T>, keep: (value: T) => boolean): KeptValue<T> {
  let kept: Promise<T> | undefined;
  let generation = 0;
  const forget = () => {
    generation += 1;
    kept = undefined;
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && key in changes) forget();
  };
  const drop = (reading: Promise<T>) => {
    if (kept === reading) kept = undefined;
  };
  return {
    forget,
    get() {
      const changed = browser.storage.onChanged;
      // Without the listener, a change would go unseen: start again from storage.
      if (!changed.hasListener(onChanged)) {
        forget();
        changed.addListener(onChanged);
      }
      if (kept) return kept;
      const started = generation;
      const reading: Promise<T> = read().then(
        (value) => {
          if (generation !== started || !keep(value)) drop(reading);
          return value;
        },
        (error: unknown) => {
          drop(reading);
          throw error;
        },
      );
      kept = reading;
      return reading;
    },
  };
}
