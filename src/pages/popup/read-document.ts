import type { OpenPdf } from '../../core/extract/documents/document-lines';
import { documentLines } from '../../core/extract/documents/document-lines';
import { documentCriteria } from '../../core/extract/documents/document-spec';
import { requestDocument, sendDocumentCriteria, type DocumentCriteriaReply } from '../../messaging/document-protocol';
import type { DocumentLink } from '../../core/model/person-spec';

// pdf.js (and its worker) load only when a PDF is read, never with the popup.
const openPdf: OpenPdf = async (bytes) => (await import('./pdf-in-browser')).openPdfInBrowser(bytes);

export type DocumentRead = DocumentCriteriaReply & { found: number };

/** Download (through the advert tab), parse, and merge one attached document's criteria. */
export async function readAttachedDocument(tabId: number, link: DocumentLink): Promise<DocumentRead> {
  const bytes = await requestDocument(tabId, link);
  const criteria = documentCriteria(await documentLines(bytes, openPdf), link.name);
  const reply = await sendDocumentCriteria(tabId, link, criteria);
  return { ...reply, found: criteria.length };
}
