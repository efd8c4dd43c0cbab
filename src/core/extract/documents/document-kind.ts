import { DocumentError } from './document-error';

export type DocumentKind = 'pdf' | 'docx';

/** PDF or Word (.docx), by the file's first bytes: names and content types are often wrong. */
export function documentKind(bytes: Uint8Array): DocumentKind {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF-') || String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocumentError(
      'This is an old Word document (.doc), which cannot be read here. Open it and save it as .docx or PDF.',
    );
  }
  if (/^\s*<(?:!doctype|html|head|body|p\b)/i.test(String.fromCharCode(...bytes.subarray(0, 64))))
    throw new DocumentError('The link leads to a web page, not a document.');
  throw new DocumentError('This file is neither a PDF nor a Word document (.docx).');
}
