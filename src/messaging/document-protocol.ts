import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { Criterion } from '../core/model/criterion';
import type { DocumentLink } from '../core/model/person-spec';
import type { ContentRequest } from './content-requests';
import { fromBase64 } from './base64';

/**
 * Attached documents travel in two steps. The advert tab downloads the file from its own site (a
 * same-origin request: no host permission) and hands the bytes to the popup, which parses them
 * (pdf.js stays out of the content script) and hands the criteria back to be merged.
 */
export const fetchedDocumentSchema = z.union([
  z.object({ ok: z.literal(true), data: z.string() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type FetchedDocument = z.infer<typeof fetchedDocumentSchema>;

/** `kept`: whether they were also kept for the next visit (false when storage is full or unavailable). */
export const documentCriteriaReplySchema = z.object({ added: z.number(), total: z.number(), kept: z.boolean() });
export type DocumentCriteriaReply = z.infer<typeof documentCriteriaReplySchema>;

/** An error whose message is meant for the user. */
export class DocumentRequestError extends Error {}

export async function requestDocument(tabId: number, document: DocumentLink): Promise<Uint8Array> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'fetch-document', document } satisfies ContentRequest);
  } catch {
    throw new DocumentRequestError('The advert tab did not answer. Reload the page and try again.');
  }
  const parsed = fetchedDocumentSchema.safeParse(reply);
  if (!parsed.success) throw new DocumentRequestError('The advert tab did not answer. Reload the page and try again.');
  if (!parsed.data.ok) throw new DocumentRequestError(parsed.data.message);
  return fromBase64(parsed.data.data);
}

export async function sendDocumentCriteria(
  tabId: number,
  document: DocumentLink,
  criteria: Criterion[],
): Promise<DocumentCriteriaReply> {
  const reply: unknown = await browser.tabs
    .sendMessage(tabId, { type: 'add-document-criteria', document, criteria } satisfies ContentRequest)
    .catch(() => undefined);
  const parsed = documentCriteriaReplySchema.safeParse(reply);
  if (!parsed.success)
    throw new DocumentRequestError('The advert tab did not take the criteria. Reload the page and try again.');
  return parsed.data;
}
