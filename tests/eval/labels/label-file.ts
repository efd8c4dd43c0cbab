import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { CONTRACT_IDS } from '../../fixtures/taxonomy-contract';
import { textHash } from './advert-lines';

const CONTRACT = new Set(CONTRACT_IDS);
const level = z.enum(['essential', 'desirable', 'unspecified']);
const skills = z.array(
  z.string().refine((id) => CONTRACT.has(id), { message: 'not a contract id of taxonomy.md §4.2' }),
);

/**
 * A labelled criterion as stored: lines [first, last] (1-based, inclusive) of advertLines(description),
 * optionally only characters [start of the first line, end of the last line), and a hash of its text
 * so that a change to the corpus or to advertLines is noticed. No corpus text is stored.
 */
export const storedCriterion = z.object({
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  chars: z.optional(z.tuple([z.number().int().nonnegative(), z.number().int().positive()])),
  level,
  category: z.nullable(z.string().max(80)),
  skills,
  hash: z.string().regex(/^[0-9a-f]{8}$/),
});
export type StoredCriterion = z.infer<typeof storedCriterion>;

export const storedAdvert = z.object({
  advert: z.string().regex(/^\d+$/),
  criteria: z.array(storedCriterion),
  /** The labeller's remark on a rule applied (never the advert's text). */
  note: z.optional(z.string().max(300)),
});
export type StoredAdvert = z.infer<typeof storedAdvert>;

/**
 * What a labeller writes before `npm run labels -- stamp`: `line` or `lines`, and for part of a
 * line, `from`/`to` (the first and last few words of the criterion inside it), turned into `chars`.
 */
export const draftCriterion = z.object({
  line: z.optional(z.number().int().positive()),
  lines: z.optional(z.tuple([z.number().int().positive(), z.number().int().positive()])),
  chars: z.optional(z.tuple([z.number().int().nonnegative(), z.number().int().positive()])),
  from: z.optional(z.string()),
  to: z.optional(z.string()),
  level,
  category: z.nullable(z.string().max(80)),
  skills,
  hash: z.optional(z.string()),
});
export const draftAdvert = z.object({
  advert: z.string(),
  criteria: z.array(draftCriterion),
  note: z.optional(z.string().max(300)),
});
export type DraftAdvert = z.infer<typeof draftAdvert>;

/** The criterion's text, read from the advert's lines. */
export function criterionText(lines: readonly string[], c: Pick<StoredCriterion, 'lines' | 'chars'>): string {
  const [first, last] = c.lines;
  const parts = lines.slice(first - 1, last);
  if (c.chars) {
    parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, c.chars[1]);
    parts[0] = parts[0]!.slice(c.chars[0]);
  }
  return parts.join(' ').trim();
}

/** A draft as stored: `from`/`to` located in the line (case- and space-insensitively), the text hashed. */
export function stamp(draft: DraftAdvert, lines: readonly string[]): StoredAdvert {
  const criteria = draft.criteria.map((d, i) => {
    const where = `advert ${draft.advert}, criterion ${i + 1}`;
    const span = d.lines ?? (d.line ? ([d.line, d.line] as [number, number]) : null);
    if (!span) throw new Error(`${where}: give "line" or "lines"`);
    if (span[0] > span[1] || span[1] > lines.length)
      throw new Error(`${where}: lines ${span.join('–')} outside 1–${lines.length}`);
    let chars = d.chars;
    if (d.from || d.to) {
      const first = lines[span[0] - 1]!.toLowerCase();
      const last = lines[span[1] - 1]!.toLowerCase();
      const start = d.from ? first.indexOf(d.from.toLowerCase().trim()) : 0;
      if (start < 0) throw new Error(`${where}: "from" not found in line ${span[0]}`);
      const toAt = d.to ? last.indexOf(d.to.toLowerCase().trim(), span[0] === span[1] ? start : 0) : -1;
      if (d.to && toAt < 0) throw new Error(`${where}: "to" not found in line ${span[1]}`);
      const end = d.to ? toAt + d.to.trim().length : last.length;
      chars = [start, end];
    }
    const stored = { lines: span, ...(chars ? { chars } : {}), level: d.level, category: d.category, skills: d.skills };
    return { ...stored, hash: textHash(criterionText(lines, stored)) };
  });
  return storedAdvert.parse({ advert: draft.advert, criteria, ...(draft.note ? { note: draft.note } : {}) });
}

export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line)
    .map(({ line, i }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}
