import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { criterionSchema, type Criterion } from '../core/model/criterion';
import { advertHash, HISTORY_PREFIX } from '../core/history/history-entry';

/**
 * The criteria read from an advert's attached documents, kept so that coming back to the advert
 * does not mean reading them again. One key per advert, named like its history entry and removed
 * with it; only the most recent adverts are kept, as the files can be read again at any time.
 */
export const DOCUMENTS_PREFIX = 'documents:';
export const DOCUMENTS_LIMIT = 20;
/**
 * What one advert may keep, in characters of JSON: about 70 criteria of a long sentence each. A
 * document set with more is not kept, and is read again on the next visit.
 */
export const KEPT_DOCUMENTS_CHARS = 20_000;

const storedSchema = z.object({
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  documents: z
    .record(z.string(), z.array(criterionSchema))
    .check(z.refine((documents) => JSON.stringify(documents).length <= KEPT_DOCUMENTS_CHARS, 'Too large to keep')),
});

/** The criteria of an advert's documents are more than storage keeps for one advert. */
export class TooLargeToKeepError extends Error {}

export const documentsKey = (advertUrl: string): string => `${DOCUMENTS_PREFIX}${advertHash(advertUrl)}`;

/** The key of the documents kept for the advert whose history entry has this key. */
export const documentsKeyOfHistory = (historyKey: string): string =>
  DOCUMENTS_PREFIX + historyKey.slice(HISTORY_PREFIX.length);

/** The kept criteria of this advert's documents, by document address; none when nothing readable is kept. */
export async function loadDocumentCriteria(advertUrl: string): Promise<Map<string, Criterion[]>> {
  const key = documentsKey(advertUrl);
  const parsed = storedSchema.safeParse((await browser.storage.local.get(key))[key]);
  return new Map(parsed.success ? Object.entries(parsed.data.documents) : []);
}

/**
 * Keeps one document's criteria for the advert; the oldest adverts beyond the limit are let go.
 * Refuses (TooLargeToKeepError) when the advert's documents would keep more than KEPT_DOCUMENTS_CHARS.
 */
export async function saveDocumentCriteria(
  advertUrl: string,
  documentUrl: string,
  criteria: readonly Criterion[],
  now = new Date(),
): Promise<void> {
  const kept = await loadDocumentCriteria(advertUrl);
  kept.set(documentUrl, [...criteria]);
  const value: z.infer<typeof storedSchema> = {
    version: 1,
    savedAt: now.toISOString(),
    documents: Object.fromEntries(kept),
  };
  if (JSON.stringify(value.documents).length > KEPT_DOCUMENTS_CHARS) {
    throw new TooLargeToKeepError('These criteria are too many to keep: they will be read again next time.');
  }
  await browser.storage.local.set({ [documentsKey(advertUrl)]: value });

  const all = await browser.storage.local.get(null);
  // Each entry validated once (not once per comparison); an unreadable one sorts oldest.
  const byAge = Object.entries(all)
    .filter(([k]) => k.startsWith(DOCUMENTS_PREFIX))
    .map(([k, v]) => ({ key: k, savedAt: storedSchema.safeParse(v).data?.savedAt ?? '' }))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const excess = byAge.slice(DOCUMENTS_LIMIT).map((e) => e.key);
  if (excess.length > 0) await browser.storage.local.remove(excess);
}
