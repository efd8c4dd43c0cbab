import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SkillDefinition } from '../../../src/core/model/skill';
import { gunzipSync } from 'node:zlib';
import { BUILT_TAXONOMY_FILE } from '../../../scripts/build/compiled-taxonomy';
import { isTaxonomyFile } from '../../../src/core/taxonomy/taxonomy-file';
import { advertPageScripts, builtFiles, chunkGraph, pageScripts } from './built-files';

export type TaxonomyFile = {
  file: string;
  /** How many of the marker phrases the file holds. */
  markers: number;
  /** Whether it is the compiled taxonomy's binary file (its trie as numbers), whatever phrases it holds. */
  compiled: boolean;
  /** Who loads it: the manifest's background or content script, or the extension pages whose chunks include it. */
  loadedBy: string[];
  why: string;
};

export type TaxonomyFiles = { markers: string[]; files: TaxonomyFile[] };

/** Built files worth searching: text, and binary data (the compiled taxonomy); images and icons cannot hold it. */
const SEARCHED = /\.(js|mjs|html|json|css|bin|gz)$/;
const MARKERS = 8;

/**
 * Phrases that only the taxonomy holds: the longest plain variant (lower-case words) of skills spread
 * evenly through it. Minifiers keep string literals as they are, so a built file that holds most of
 * them holds the taxonomy's data.
 */
export function taxonomyMarkers(definitions: readonly SkillDefinition[], count = MARKERS): string[] {
  const plain = (d: SkillDefinition) =>
    d.variants
      .map((v) => (typeof v === 'string' ? v : v.text))
      .filter((text) => /^[a-z]+( [a-z]+){2,}$/.test(text))
      .sort((a, b) => b.length - a.length)[0];
  const withPlain = definitions.filter((d) => plain(d) !== undefined);
  const step = withPlain.length / count;
  return Array.from({ length: Math.min(count, withPlain.length) }, (_, i) => plain(withPlain[Math.floor(i * step)]!)!);
}

function loaders(dir: string): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const by = new Map<string, string[]>();
  const add = (file: string, who: string) => by.set(file, [...(by.get(file) ?? []), who]);
  if (manifest.background?.service_worker) {
    add(manifest.background.service_worker, 'background (service worker)');
    // Not named by the manifest: the background fetches it each time it wakes (scripts/build/compiled-taxonomy).
    add(BUILT_TAXONOMY_FILE, 'background (service worker), fetched when it wakes');
  }
  for (const js of advertPageScripts(dir)) add(js, 'content script');
  for (const html of builtFiles(dir).filter((f) => f.endsWith('.html'))) {
    const graph = chunkGraph(dir, pageScripts(dir, html));
    for (const file of graph.eager) add(file, html);
    for (const file of graph.lazy) add(file, `${html} (on demand)`);
  }
  return by;
}

function why(loadedBy: readonly string[]): string {
  if (loadedBy.length === 0) return 'loaded by nothing the manifest or a page names: look at the build';
  if (loadedBy.every((w) => w.startsWith('background')))
    return 'the background matches adverts and answers the pages’ catalogue requests: the one copy the design keeps';
  if (loadedBy.includes('content script'))
    return 'runs on the advert page, which the design keeps free of the taxonomy (it asks the background)';
  return 'an extension page’s chunk; the pages ask the background for the catalogue, so this is a second copy';
}

/**
 * Each file of a build that carries the taxonomy (most of the markers, or the compiled taxonomy's binary file
 * whatever it holds), with who loads it and why it is there.
 */
export function taxonomyFiles(dir: string, definitions: readonly SkillDefinition[]): TaxonomyFiles {
  const markers = taxonomyMarkers(definitions);
  const byFile = loaders(dir);
  const files: TaxonomyFile[] = [];
  for (const file of builtFiles(dir).filter((f) => SEARCHED.test(f))) {
    // A gzipped file is searched as the background reads it, gunzipped.
    const bytes = file.endsWith('.gz') ? gunzipSync(readFileSync(join(dir, file))) : readFileSync(join(dir, file));
    // Phrases are ASCII in the binary file too (its header), so they are found the same way.
    const text = bytes.toString('latin1');
    const found = markers.filter((m) => text.includes(m)).length;
    const compiled = isTaxonomyFile(bytes);
    if (found * 2 < markers.length && !compiled) continue;
    const loadedBy = byFile.get(file) ?? [];
    files.push({ file, markers: found, compiled, loadedBy, why: why(loadedBy) });
  }
  return { markers, files };
}
