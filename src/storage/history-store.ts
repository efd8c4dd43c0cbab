import { browser } from 'wxt/browser';
import { DOCUMENTS_PREFIX, documentsKeyOfHistory } from './document-criteria-store';
import { SNAPSHOT_PREFIX, snapshotKeyOfHistory } from './snapshot-store';
import {
  HISTORY_LIMIT,
  HISTORY_PREFIX,
  historyEntrySchema,
  historyKey,
  type HistoryEntry,
} from '../core/history/history-entry';

/** An entry with its storage key, and whether a copy of its advert is kept (see snapshot-store). */
export type KeptEntry = HistoryEntry & { key: string; kept: boolean };

export type HistoryList = {
  entries: KeptEntry[];
  /** Stored entries that failed validation: kept, counted, never shown as adverts. */
  unreadable: number;
};

/** Every stored entry, newest first. */
export async function loadHistory(): Promise<HistoryList> {
  const all = await browser.storage.local.get(null);
  const entries: HistoryList['entries'] = [];
  let unreadable = 0;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(HISTORY_PREFIX)) continue;
    const parsed = historyEntrySchema.safeParse(value);
    if (parsed.success) entries.push({ ...parsed.data, key, kept: snapshotKeyOfHistory(key) in all });
    else unreadable++;
  }
  entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { entries, unreadable };
}

export async function loadHistoryEntry(url: string): Promise<HistoryEntry | null> {
  const key = historyKey(url);
  const parsed = historyEntrySchema.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

/** Writes one advert's entry under its own key; on a new advert, trims the oldest beyond the limit. */
export async function saveHistoryEntry(entry: HistoryEntry, isNew: boolean): Promise<void> {
  await browser.storage.local.set({ [historyKey(entry.url)]: entry });
  if (!isNew) return;
  const { entries } = await loadHistory();
  const excess = entries.slice(HISTORY_LIMIT).flatMap((e) => [e.key, snapshotKeyOfHistory(e.key)]);
  if (excess.length > 0) await browser.storage.local.remove(excess);
}

/** Removes one advert from the history, with its kept copy and the criteria kept from its documents. */
export const removeHistoryEntry = (key: string): Promise<void> =>
  browser.storage.local.remove([key, documentsKeyOfHistory(key), snapshotKeyOfHistory(key)]);

/** One entry by its key; null when there is none, or it cannot be read. */
export async function loadHistoryEntryByKey(key: string): Promise<HistoryEntry | null> {
  const parsed = historyEntrySchema.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

export async function clearHistory(): Promise<void> {
  const all = await browser.storage.local.get(null);
  await browser.storage.local.remove(
    Object.keys(all).filter(
      (k) => k.startsWith(HISTORY_PREFIX) || k.startsWith(DOCUMENTS_PREFIX) || k.startsWith(SNAPSHOT_PREFIX),
    ),
  );
}

/** Calls back whenever any history entry (or kept copy) is written or removed, with the entries' keys removed. */
export function watchHistory(listener: (removedKeys: string[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    // A kept copy written after its entry changes the list too (the entry can be opened).
    const keys = Object.keys(changes).filter((k) => k.startsWith(HISTORY_PREFIX) || k.startsWith(SNAPSHOT_PREFIX));
    // A removal has no newValue (Chromium leaves it out; some implementations give null).
    if (keys.length > 0) listener(keys.filter((k) => k.startsWith(HISTORY_PREFIX) && changes[k]!.newValue == null));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
