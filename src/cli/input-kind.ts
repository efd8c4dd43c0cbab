import { sizeText } from '../core/extract/documents/document-limits';

export type InputKind = 'document' | 'json' | 'html';

export class InputError extends Error {}

/** A file of random bytes, or any binary format: NUL or many control bytes early on. Text never has them. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) control++;
  }
  return control > head.length / 50;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * What a file holds, from its first bytes (names and extensions are often wrong): a PDF, a Word
 * document (new or old: the document reader explains the old one), JSON, or an HTML page. Anything
 * else is refused rather than read as a page.
 */
export function inputKind(bytes: Uint8Array, file: string): InputKind {
  if (bytes.length === 0) throw new InputError('the file is empty');
  const head = bytes.subarray(0, 8192);
  const latin = String.fromCharCode(...head.subarray(0, 1024));
  if (latin.includes('%PDF-') || startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    return 'document';
  if (looksBinary(head)) {
    throw new InputError(
      'not an HTML page, a JSON record, a PDF or a Word document (.docx): it holds binary data, so it was not read',
    );
  }
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{\\rtf'))
    throw new InputError('an RTF document, which cannot be read here: save it as .docx or PDF');
  if (text.startsWith('{') || text.startsWith('[') || /\.jsonl?$/i.test(file)) return 'json';
  if (
    text.startsWith('<') ||
    (/\.x?html?$/i.test(file) && /<(?:!doctype|html|head|body|div|p|h[1-6]|ul|table)\b/i.test(text))
  )
    return 'html';
  throw new InputError('not an HTML page, a JSON record, a PDF or a Word document (.docx), so it was not read');
}

/** The largest page or JSON file read: a saved advert is a few hundred kilobytes. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;

export const tooLarge = (bytes: number, max: number, what: string) =>
  new InputError(`the file is ${(bytes / 1024 / 1024).toFixed(1)} MB: ${what} of at most ${sizeText(max)} are read`);
