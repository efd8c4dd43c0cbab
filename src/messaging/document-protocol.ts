import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { criterionSchema, type Criterion } from '../spec/criterion';
import { documentLinkSchema, type DocumentLink } from '../spec/person-spec';

/** The popup read an attached document and hands its criteria to the advert tab. */
export const addDocumentCriteriaSchema = z.object({
  type: z.literal('add-document-criteria'),
  document: documentLinkSchema,
  criteria: z.array(criterionSchema),
});
export type AddDocumentCriteria = z.infer<typeof addDocumentCriteriaSchema>;

export const documentCriteriaReplySchema = z.object({ added: z.number(), total: z.number() });
export type DocumentCriteriaReply = z.infer<typeof documentCriteriaReplySchema>;

export async function sendDocumentCriteria(tabId: number, document: DocumentLink, criteria: Criterion[]): Promise<DocumentCriteriaReply> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'add-document-criteria', document, criteria } satisfies AddDocumentCriteria);
  const parsed = documentCriteriaReplySchema.safeParse(reply);
  if (!parsed.success) throw new Error('The advert tab did not take the criteria. Reload the page and try again.');
  return parsed.data;
}
