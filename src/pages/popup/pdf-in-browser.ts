import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { OpenPdf } from '../../core/extract/documents/document-lines';

// The worker ships inside the extension (no remote code); extension pages forbid eval.
GlobalWorkerOptions.workerSrc = workerUrl;

/** pdf.js in an extension page. Import this module dynamically, never from the content script. */
export const openPdfInBrowser: OpenPdf = (bytes) =>
  getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
    .promise;
