import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OpenPdf } from '../core/extract/documents/document-lines';

/** pdf.js in Node: the legacy build (it runs on Node 20), no eval, no fonts loaded, quiet. */
export const openPdfInNode: OpenPdf = (bytes) =>
  getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
    .promise;
