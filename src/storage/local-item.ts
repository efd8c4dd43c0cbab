import { browser } from 'wxt/browser';

/** One key of storage.local: missing reads as null, and watchers hear only real changes to it. */
export type LocalItem = {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
  watch(listener: (value: unknown) => void): () => void;
};

export function localItem(key: string): LocalItem {
  return {
    getValue: async () => (await browser.storage.local.get(key))[key] ?? null,
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    removeValue: () => browser.storage.local.remove(key),
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) listener(changes[key]!.newValue ?? null);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
