import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextLine } from '../free-text/text-line';
import { docxLines } from './docx-lines';
import { DocumentError } from './document-error';
import { documentKind } from './document-kind';
import { MAX_DOCUMENT_BYTES, sizeText } from './document-limits';
import { pdfLines } from './pdf-lines';
import { pdfPages } from './pdf-pages';

/** Opens a PDF with the pdf.js build that suits the caller (the extension's bundled worker, or Node). */
export type OpenPdf = (bytes: Uint8Array) => Promise<Pick<PDFDocumentProxy, 'numPages' | 'getPage' | 'destroy'>>;

/** A PDF or DOCX file's text as lines for the free-text parser. Unreadable files give a DocumentError. */
export async function documentLines(bytes: Uint8Array, openPdf: OpenPdf): Promise<TextLine[]> {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new DocumentError(`The document is larger than ${sizeText(MAX_DOCUMENT_BYTES)}: too large to read here.`);
  if (documentKind(bytes) === 'docx') return docxLines(bytes);
  let pdf: Awaited<ReturnType<OpenPdf>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await openPdf(bytes.slice());
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    throw new DocumentError(
      name === 'PasswordException' ? 'This PDF is protected by a password.' : 'This PDF is damaged or cannot be read.',
    );
  }
  try {
    return pdfLines(await pdfPages(pdf));
  } finally {
    await pdf.destroy();
  }
}
