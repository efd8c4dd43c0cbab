import type { OpenPdf } from '../core/extract/documents/document-lines';

/**
 * pdf.js in Node: the legacy build (it runs on Node 20), no eval, no fonts loaded, quiet. Loaded at the
 * first PDF, so that reading pages and records never evaluates it.
 */
export const openPdfInNode: OpenPdf = async (bytes) => {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
};
