import type { Criterion } from '../core/model/criterion';
import type { DocumentLink } from '../core/model/person-spec';

/**
 * What the extension's pages ask the content script of an advert tab. Checked by hand, not with zod:
 * only the extension's own pages can send them (the sender is checked), and the content script stays
 * small.
 */
export type ContentRequest =
  | { type: 'get-analysis' }
  | { type: 'reveal-criterion'; criterionId: string }
  | { type: 'fetch-document'; document: DocumentLink }
  | { type: 'add-document-criteria'; document: DocumentLink; criteria: Criterion[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isLink = (value: unknown): value is DocumentLink =>
  isObject(value) && typeof value.url === 'string' && typeof value.name === 'string';

export function asContentRequest(message: unknown): ContentRequest | null {
  if (!isObject(message)) return null;
  switch (message.type) {
    case 'get-analysis':
      return { type: 'get-analysis' };
    case 'reveal-criterion':
      return typeof message.criterionId === 'string'
        ? { type: 'reveal-criterion', criterionId: message.criterionId }
        : null;
    case 'fetch-document':
      return isLink(message.document) ? { type: 'fetch-document', document: message.document } : null;
    case 'add-document-criteria':
      return isLink(message.document) && Array.isArray(message.criteria)
        ? { type: 'add-document-criteria', document: message.document, criteria: message.criteria as Criterion[] }
        : null;
    default:
      return null;
  }
}
