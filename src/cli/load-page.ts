import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';

export type LoadedPage = { doc: Document; url: URL };

/** A saved page parsed into a DOM, and the address it came from: --url, the page's canonical link, or the file. */
export async function loadPage(file: string, url: string | null): Promise<LoadedPage> {
  const html = await readFile(file, 'utf8');
  const { document } = parseHTML(html) as unknown as { document: Document };
  return { doc: document, url: new URL(url ?? pageUrl(document) ?? pathToFileURL(resolve(file)).href) };
}

function pageUrl(doc: Document): string | null {
  const declared =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return declared && URL.canParse(declared) ? declared : null;
}
