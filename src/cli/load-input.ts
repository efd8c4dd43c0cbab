import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { documentLines } from '../core/extract/documents/document-lines';
import { documentSpec } from '../core/extract/documents/document-spec';
import { findPosting } from '../core/extract/sites/job-posting';
import { readDocumentSpec, readPage, readPosting, type PageRead } from '../core/pipeline/read-page';
import { pageUrl } from './load-page';
import { openPdfInNode } from './open-pdf';

/** One advert read from a file; a JSON array or JSON Lines file holds several (`file#id`). */
export type Input = { file: string; read: PageRead };

export class InputError extends Error {}

const blankDocument = () =>
  (parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as { document: Document }).document;

/**
 * A file for the command line: a saved page (HTML), a schema.org JobPosting (a bare record as in
 * the corpus, an array of them, or JSON Lines), or an attached document (PDF, DOCX).
 */
export async function loadInputs(file: string, url: string | null): Promise<Input[]> {
  const bytes = new Uint8Array(await readFile(file));
  const fileUrl = pathToFileURL(resolve(file)).href;
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart();

  const oldWord = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (head.startsWith('%PDF-') || head.startsWith('PK') || oldWord || /\.(?:pdf|docx?)$/i.test(file)) {
    const lines = await documentLines(bytes, openPdfInNode);
    return [{ file, read: readDocumentSpec(documentSpec(lines, basename(file), url ?? fileUrl)) }];
  }

  const text = new TextDecoder().decode(bytes);
  if (head.startsWith('{') || head.startsWith('[') || /\.jsonl?$/i.test(file)) {
    const records = parseRecords(text, file);
    const doc = blankDocument();
    return records.map((record, i) => {
      const posting = findPosting(record);
      if (!posting)
        throw new InputError(`no schema.org JobPosting in ${records.length > 1 ? `record ${i + 1}` : 'the file'}`);
      const own = typeof posting.url === 'string' && URL.canParse(posting.url) ? posting.url : null;
      const id = (record as { id?: unknown }).id;
      return {
        file: records.length > 1 ? `${file}#${typeof id === 'string' || typeof id === 'number' ? id : i + 1}` : file,
        read: readPosting(doc, posting, new URL(url ?? own ?? fileUrl)),
      };
    });
  }

  const { document } = parseHTML(text) as unknown as { document: Document };
  return [{ file, read: readPage(document, new URL(url ?? pageUrl(document) ?? fileUrl)) }];
}

function parseRecords(text: string, file: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [value];
  } catch (error) {
    const lines = text.split('\n').filter((l) => l.trim());
    if (lines.length > 1) {
      return lines.map((line, i) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          throw new InputError(`invalid JSON on line ${i + 1} of ${basename(file)}`);
        }
      });
    }
    throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
