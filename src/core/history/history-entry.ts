import * as z from 'zod/mini';
import { levelSchema } from '../model/criterion';

const points = z.object({ earned: z.number(), possible: z.number() });

/** The longest sample of an advert's words kept with a gap. */
export const ASK_CHARS = 140;

/**
 * What one entry keeps, so that a full history stays a small part of storage.local's 10 MB (see
 * PROFILE_LIMITS): the advert's own text is clipped, and only the first blockers and gaps are kept.
 */
export const HISTORY_ENTRY_LIMITS = {
  urlChars: 1000,
  titleChars: 200,
  employerChars: 200,
  shortChars: 40,
  blockers: 10,
  blockerChars: 200,
  skillsPerBlocker: 3,
  gaps: 20,
  labelChars: 80,
} as const;
const L = HISTORY_ENTRY_LIMITS;

const clipped = (max: number) => z.nullable(z.string().check(z.maxLength(max)));
/** Skill ids are the taxonomy's and custom skills' own: lower-case letters, digits and hyphens. */
const skillId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));

/** One analysed advert as kept in the history: enough to list it and to find gaps that recur. */
export const historyEntrySchema = z.object({
  version: z.literal(1),
  /** The page's address; an advert whose address is longer is not kept (the key is made from it). */
  url: z.string().check(z.maxLength(L.urlChars)),
  title: clipped(L.titleChars),
  employer: clipped(L.employerChars),
  band: clipped(L.shortChars),
  closingDate: clipped(L.shortChars),
  /** ISO date the advert was posted, where the page gives it. */
  postedDate: z.optional(z.string().check(z.maxLength(L.shortChars))),
  reference: clipped(L.shortChars),
  /** When the advert was first analysed, and when its entry last changed (the profile changed). */
  firstSeen: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  score: z.object({
    primary: z.enum(['essential', 'unspecified']),
    primaryPoints: points,
    desirablePoints: points,
    /** How many blockers the advert had, all of them (only the first are kept below). */
    blockers: z.number(),
  }),
  essential: z.object({ total: z.number(), held: z.number() }),
  /** The first essential criteria the profile did not meet at all, in advert order, their text clipped. */
  blockers: z
    .array(
      z.object({
        text: z.string().check(z.maxLength(L.blockerChars)),
        skillIds: z.array(skillId).check(z.maxLength(L.skillsPerBlocker)),
      }),
    )
    .check(z.maxLength(L.blockers)),
  /**
   * Every skill the advert asked for that the profile lacked, or held without an example
   * (`unevidenced`), once, essential ones first, with its label at the time and the advert's words for
   * it (`ask`, cut to ASK_CHARS: a sample of what adverts ask, kept small).
   */
  gaps: z
    .array(
      z.object({
        skillId,
        label: z.string().check(z.maxLength(L.labelChars)),
        level: levelSchema,
        ask: z.optional(z.string().check(z.maxLength(ASK_CHARS + 1))),
        unevidenced: z.optional(z.literal(true)),
      }),
    )
    .check(z.maxLength(L.gaps)),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Storage key prefix: one key per advert, so tabs recording at once never overwrite each other. */
export const HISTORY_PREFIX = 'history:';
/** Oldest entries beyond this many are removed. */
export const HISTORY_LIMIT = 100;

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
