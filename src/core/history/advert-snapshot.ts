import * as z from 'zod/mini';
import type { AnalysedSpec } from '../model/analysed-spec';
import { personSpecSchema, type PersonSpec } from '../model/person-spec';
import { DESCRIPTION_CHARS, SNAPSHOT_CRITERIA_CHARS } from './snapshot-limits';

/**
 * An advert as it was when analysed, kept beside its history entry so that it can be read again once
 * the advert has gone (NHS Jobs removes adverts when they close, often early): its details, its person
 * specification (with criteria read from attached documents) and its job description, within caps.
 */
export const advertSnapshotSchema = z.object({
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  spec: personSpecSchema,
  description: z.string().check(z.maxLength(DESCRIPTION_CHARS)),
});
export type AdvertSnapshot = z.infer<typeof advertSnapshotSchema>;

/** The analysed advert without its matches (they are made again when it is opened), within the caps. */
export function makeSnapshot(spec: AnalysedSpec | PersonSpec, description: string, now: Date): AdvertSnapshot {
  let chars = 0;
  const criteria: PersonSpec['criteria'] = [];
  for (const { id, category, level, text, assessedBy, source } of spec.criteria) {
    chars += text.length;
    if (chars > SNAPSHOT_CRITERIA_CHARS) break;
    criteria.push({
      id,
      category,
      level,
      text,
      ...(assessedBy ? { assessedBy } : {}),
      ...(source ? { source } : {}),
    });
  }
  const { site, pageKind, url, title, employer, band, closingDate, postedDate, reference, salary, documents } = spec;
  return {
    version: 1,
    savedAt: now.toISOString(),
    spec: {
      site,
      pageKind,
      url,
      title,
      employer,
      band,
      closingDate,
      ...(postedDate ? { postedDate } : {}),
      reference,
      salary,
      criteria,
      documents: documents.map(({ name, url: link }) => ({ name, url: link })),
    },
    description: description.slice(0, DESCRIPTION_CHARS),
  };
}

/** Whether two snapshots keep the same advert (nothing to write otherwise). */
export const sameSnapshot = (a: AdvertSnapshot, b: AdvertSnapshot): boolean =>
  JSON.stringify(a.spec) === JSON.stringify(b.spec) && a.description === b.description;
