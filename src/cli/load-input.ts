import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { MAX_DOCUMENT_BYTES } from '../core/extract/documents/document-limits';
import { documentLines } from '../core/extract/documents/document-lines';
import { documentSpec } from '../core/extract/documents/document-spec';
import { findPosting } from '../core/extract/sites/job-posting';
import { readDocumentSpec, readPage, readPosting, type PageRead } from '../core/pipeline/read-page';
import { InputError, inputKind, MAX_PAGE_BYTES, tooLarge } from './input-kind';
import { pageUrl } from './load-page';
import { openPdfInNode } from './open-pdf';

/** One advert read from a file; a JSON array or JSON Lines file holds several (`file#id`). */
export type Input = { file: string; read: PageRead };

const blankDocument = () =>
  (parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as { document: Document }).document;

/**
 * A file for the command line: a saved page (HTML), a schema.org JobPosting (a bare record as in
 * the corpus, an array of them, or JSON Lines), or an attached document (PDF, DOCX). Its size is
 * checked before it is read (documents up to 15 MB as in the extension, pages and JSON up to 10 MB)
 * and its kind is told from its first bytes: anything else is refused with an InputError.
 */
export async function loadInputs(file: string, url: string | null): Promise<Input[]> {
  const info = await stat(file);
  if (!info.isFile()) throw new InputError('not a file');
  if (info.size > MAX_DOCUMENT_BYTES) throw tooLarge(info.size, MAX_DOCUMENT_BYTES, 'files');
  const bytes = new Uint8Array(await readFile(file));
  const fileUrl = pathToFileURL(resolve(file)).href;
  const kind = inputKind(bytes, file);

  if (kind === 'document') {
    const lines = await documentLines(bytes, openPdfInNode);
    return [{ file, read: readDocumentSpec(documentSpec(lines, basename(file), url ?? fileUrl)) }];
  }
  if (bytes.length > MAX_PAGE_BYTES) throw tooLarge(bytes.length, MAX_PAGE_BYTES, 'pages and JSON files');

  const text = new TextDecoder().decode(bytes);
  if (kind === 'json') {
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
  if (!document.documentElement) throw new InputError('not an HTML page that can be read');
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
