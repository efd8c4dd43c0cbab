import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { compileAll, compileTaxonomy } from '../../src/core/taxonomy/compile';
import { serialiseTaxonomy } from '../../src/core/taxonomy/compiled-taxonomy';
import { withLearnedModel } from '../../src/core/taxonomy/learned';
import { TAXONOMY } from '../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../src/core/taxonomy/stop-phrases';
import { encodeTaxonomy, TAXONOMY_FILE } from '../../src/core/taxonomy/taxonomy-file';

const ID = 'virtual:compiled-taxonomy';
export { TAXONOMY_FILE };

/** The bytes of the built taxonomy file (src/core/taxonomy/taxonomy-file): the whole taxonomy, compiled. */
export const taxonomyFileBytes = (): Uint8Array<ArrayBuffer> =>
  encodeTaxonomy(serialiseTaxonomy(compileAll(withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES)))));

/** The taxonomy file as the build ships it, gzipped: the background's fetch of it grows with its size. */
export const BUILT_TAXONOMY_FILE = `${TAXONOMY_FILE}.gz`;

/**
 * `virtual:compiled-taxonomy`: a function that reads the bytes of the whole taxonomy compiled while the
 * extension is built. In a build they are a file of their own, fetched when the background wakes: a service
 * worker's script, and the code cache Chromium keeps of it, are sent to the worker before it runs anything, so
 * a script that held the taxonomy (1.4 MB, 3 MB of code cache) made every wake-up slower. The file is gzipped
 * and gunzipped by the browser's DecompressionStream, because in the service worker the fetch grows with the
 * file: 2.83 MB took a median 154 ms, the 0.54 MB gzipped file 47 ms with its gunzipping (15 interleaved
 * fetches each, one worker, a loaded machine). The fetch starts when the background first asks (it wakes and
 * asks at once): started while its script was still being evaluated, it held back the page's request until
 * the rehearsal was done. The dev server inlines the bytes (base64).
 */
export function compiledTaxonomy(): Plugin {
  let serve = false;
  return {
    name: 'nhsps-compiled-taxonomy',
    configResolved: (config) => void (serve = config.command === 'serve'),
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const bytes = taxonomyFileBytes();
      if (serve) {
        const base64 = Buffer.from(bytes).toString('base64');
        return `export default () => Promise.resolve(Uint8Array.from(atob('${base64}'), (c) => c.charCodeAt(0)).buffer);`;
      }
      this.emitFile({ type: 'asset', fileName: BUILT_TAXONOMY_FILE, source: gzipSync(bytes, { level: 9 }) });
      return `export default () => fetch('/${BUILT_TAXONOMY_FILE}').then((response) => {
  if (!response.ok || !response.body) throw new Error('The taxonomy file could not be fetched (' + response.status + ')');
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
});`;
    },
  };
}
