import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { advertPageScripts, chunkGraph, pageScripts } from './built-files';

/** JavaScript of the release build, gzipped at level 9 (as a store serves it, near enough). */
export type BuildSizes = {
  /** Every script that runs on an advert page (the declared waker, the reader the background injects), summed. */
  contentScriptBytes: number;
  contentScriptGzipBytes: number;
  backgroundGzipBytes: number;
  /** The popup's scripts (its first-requests script, its entry chunk) and what they import statically. */
  popupGzipBytes: number;
  /** What the popup imports on demand (pdf.js), apart. */
  popupLazyGzipBytes: number;
};

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function buildSizes(dir: string): BuildSizes {
  const scripts = advertPageScripts(dir).map((file) => join(dir, file));
  const popup = chunkGraph(dir, pageScripts(dir, 'popup.html'));
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzip(join(dir, f)), 0);
  return {
    contentScriptBytes: scripts.reduce((n, f) => n + readFileSync(f).length, 0),
    contentScriptGzipBytes: scripts.reduce((n, f) => n + gzip(f), 0),
    backgroundGzipBytes: gzip(join(dir, 'background.js')),
    popupGzipBytes: sum(popup.eager),
    popupLazyGzipBytes: sum(popup.lazy),
  };
}
