import { browser } from 'wxt/browser';
import { advertSnapshotSchema, sameSnapshot, type AdvertSnapshot } from '../core/history/advert-snapshot';
import { advertHash, HISTORY_PREFIX } from '../core/history/history-entry';

/**
 * The kept copy of each advert in the history (its details, person specification and job
 * description), so it can be read after the advert is gone. One key per advert, named like its
 * history entry and removed with it. Only the most recent adverts keep a copy: at up to about 50 KB
 * each, more would crowd the profile out of storage.local's 10 MB.
 */
export const SNAPSHOT_PREFIX = 'snapshot:';
export const SNAPSHOT_LIMIT = 100;

export const snapshotKey = (advertUrl: string): string => `${SNAPSHOT_PREFIX}${advertHash(advertUrl)}`;

/** The key of the copy kept for the advert whose history entry has this key. */
export const snapshotKeyOfHistory = (historyKey: string): string =>
  SNAPSHOT_PREFIX + historyKey.slice(HISTORY_PREFIX.length);

/** The copy kept under a history entry's key; null when none is kept, or it cannot be read. */
export async function loadSnapshot(historyKey: string): Promise<AdvertSnapshot | null> {
  const key = snapshotKeyOfHistory(historyKey);
  const parsed = advertSnapshotSchema.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

/**
 * Keeps an advert's copy; one without a description keeps the description kept before (the page was
 * not read again). Nothing is written when nothing changed; the oldest copies beyond the limit go.
 */
export async function saveSnapshot(snapshot: AdvertSnapshot, withDescription: boolean): Promise<void> {
  const key = snapshotKey(snapshot.spec.url);
  const stored = advertSnapshotSchema.safeParse((await browser.storage.local.get(key))[key]);
  const last = stored.success ? stored.data : null;
  const next = withDescription || !last ? snapshot : { ...snapshot, description: last.description };
  if (last && sameSnapshot(last, next)) return;
  await browser.storage.local.set({ [key]: next });
  if (last) return;
  const all = await browser.storage.local.get(null);
  const byAge = Object.entries(all)
    .filter(([k]) => k.startsWith(SNAPSHOT_PREFIX))
    .map(([k, v]) => ({ key: k, savedAt: advertSnapshotSchema.safeParse(v).data?.savedAt ?? '' }))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const excess = byAge.slice(SNAPSHOT_LIMIT).map((e) => e.key);
  if (excess.length > 0) await browser.storage.local.remove(excess);
}

/** Puts the advert's text in the copy kept of it; nothing when no copy is kept (history off, or none recorded). */
export async function keepDescription(advertUrl: string, description: string): Promise<void> {
  const key = snapshotKey(advertUrl);
  const stored = advertSnapshotSchema.safeParse((await browser.storage.local.get(key))[key]);
  if (!stored.success || stored.data.description === description) return;
  await browser.storage.local.set({ [key]: { ...stored.data, description } });
}
