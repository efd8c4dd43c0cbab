import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunkGraph, pageEntry } from './built-files';

/** JavaScript of the release build, gzipped at level 9 (as a store serves it, near enough). */
export type BuildSizes = {
  contentScriptBytes: number;
  contentScriptGzipBytes: number;
  backgroundGzipBytes: number;
  /** The popup's entry chunk and what it imports statically. */
  popupGzipBytes: number;
  /** What the popup imports on demand (pdf.js), apart. */
  popupLazyGzipBytes: number;
};

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function buildSizes(dir: string): BuildSizes {
  const script = join(dir, 'content-scripts/advert.js');
  const popup = chunkGraph(dir, pageEntry(dir, 'popup.html'));
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzip(join(dir, f)), 0);
  return {
    contentScriptBytes: readFileSync(script).length,
    contentScriptGzipBytes: gzip(script),
    backgroundGzipBytes: gzip(join(dir, 'background.js')),
    popupGzipBytes: sum(popup.eager),
    popupLazyGzipBytes: sum(popup.lazy),
  };
}
