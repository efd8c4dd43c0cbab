import * as z from 'zod/mini';
import { levelSchema } from '../model/criterion';

const points = z.object({ earned: z.number(), possible: z.number() });

/** One analysed advert as kept in the history: enough to list it and to find gaps that recur. */
export const historyEntrySchema = z.object({
  version: z.literal(1),
  url: z.string(),
  title: z.nullable(z.string()),
  employer: z.nullable(z.string()),
  band: z.nullable(z.string()),
  closingDate: z.nullable(z.string()),
  /** ISO date the advert was posted, where the page gives it. */
  postedDate: z.optional(z.string()),
  reference: z.nullable(z.string()),
  /** When the advert was first analysed, and when its entry last changed (the profile changed). */
  firstSeen: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  score: z.object({
    primary: z.enum(['essential', 'unspecified']),
    primaryPoints: points,
    desirablePoints: points,
    blockers: z.number(),
  }),
  essential: z.object({ total: z.number(), held: z.number() }),
  /** Essential criteria the profile did not meet at all, in advert order. */
  blockers: z.array(z.object({ text: z.string(), skillIds: z.array(z.string()) })),
  /**
   * Every skill the advert asked for that the profile lacked, or held without an example
   * (`unevidenced`), once, with its label at the time and the advert's words for it (`ask`, cut to
   * ASK_CHARS: a sample of what adverts ask, kept small).
   */
  gaps: z.array(
    z.object({
      skillId: z.string(),
      label: z.string(),
      level: levelSchema,
      ask: z.optional(z.string()),
      unevidenced: z.optional(z.literal(true)),
    }),
  ),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The longest sample of an advert's words kept with a gap. */
export const ASK_CHARS = 140;

/** Storage key prefix: one key per advert, so tabs recording at once never overwrite each other. */
export const HISTORY_PREFIX = 'history:';
/** Oldest entries beyond this many are removed. */
export const HISTORY_LIMIT = 200;

/** A short stable name for an advert address (FNV-1a, 52 bits, base 36). */
export function advertHash(url: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(url)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xfffffffffffffn;
  }
  return hash.toString(36);
}

export const historyKey = (url: string): string => `${HISTORY_PREFIX}${advertHash(url)}`;
