import * as z from 'zod/mini';
import { criterionSchema } from './criterion';

export const siteSchema = z.enum(['nhs-jobs', 'trac', 'json-ld', 'generic', 'document']);
export type Site = z.infer<typeof siteSchema>;

/** What kind of page the extractor was given: only adverts can carry a person specification. */
export const pageKindSchema = z.enum(['advert', 'search-results', 'other']);
export type PageKind = z.infer<typeof pageKindSchema>;

export const documentLinkSchema = z.object({
  name: z.string(),
  url: z.string(),
  /** How many criteria were read from it, once the user has had it read (now or on an earlier visit). */
  criteriaRead: z.optional(z.int().check(z.nonnegative())),
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;

export const personSpecSchema = z.object({
  site: siteSchema,
  pageKind: pageKindSchema,
  url: z.string(),
  title: z.nullable(z.string()),
  employer: z.nullable(z.string()),
  band: z.nullable(z.string()),
  /** ISO date (yyyy-mm-dd). */
  closingDate: z.nullable(z.string()),
  /** ISO date the advert was posted, where the page says (NHS Jobs does). */
  postedDate: z.optional(z.string()),
  reference: z.nullable(z.string()),
  salary: z.nullable(z.string()),
  criteria: z.array(criterionSchema),
  documents: z.array(documentLinkSchema),
});
export type PersonSpec = z.infer<typeof personSpecSchema>;
