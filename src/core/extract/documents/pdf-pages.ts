import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfPage } from './pdf-lines';

/** Job descriptions run to a few pages; a 300-page file is not one, and is not read whole. */
export const MAX_PDF_PAGES = 40;

/**
 * The positioned text of a PDF opened with pdf.js (whichever build the caller loaded: the modern
 * one in the extension, the legacy one in Node), with y measured from the top of the page.
 */
export async function pdfPages(pdf: Pick<PDFDocumentProxy, 'numPages' | 'getPage'>): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let n = 1; n <= Math.min(pdf.numPages, MAX_PDF_PAGES); n++) {
    const page = await pdf.getPage(n);
    const { height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfPage['items'] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [, , c, d, x, y] = item.transform as number[];
      items.push({ str: item.str, x: x!, y: height - y!, width: item.width, size: Math.hypot(c!, d!) || item.height });
    }
    pages.push({ items });
    page.cleanup();
  }
  return pages;
}
