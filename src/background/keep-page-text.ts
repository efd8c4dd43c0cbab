import { keepPageTextRequestSchema } from '../messaging/background-messages';
import { keepDescription } from '../storage/snapshot-store';
import { queueHistoryWrite } from './history-writes';

/**
 * The advert's text, sent by its tab once the marks are painted (reading it is not on their path): kept
 * with the copy of the advert its analysis recorded, if it recorded one.
 */
export async function keepPageText(message: unknown): Promise<{ ok: boolean }> {
  const parsed = keepPageTextRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false };
  const { url, description } = parsed.data;
  await queueHistoryWrite(() => keepDescription(url, description));
  return { ok: true };
}
