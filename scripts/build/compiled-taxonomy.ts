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

/**
 * `virtual:compiled-taxonomy`: a function that reads the bytes of the whole taxonomy compiled while the
 * extension is built. In a build they are a file of their own (`taxonomy.bin`), fetched when the
 * background wakes: a service worker's script, and the code cache Chromium keeps of it, are sent to the
 * worker before it runs anything, so a script that held the taxonomy (1.4 MB, 3 MB of code cache) made
 * every wake-up slower, while the fetch runs while the worker does other things. The dev server inlines
 * them (base64).
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
      this.emitFile({ type: 'asset', fileName: TAXONOMY_FILE, source: bytes });
      return `export default () => fetch('/${TAXONOMY_FILE}').then((response) => {
  if (!response.ok) throw new Error('The taxonomy file could not be fetched (' + response.status + ')');
  return response.arrayBuffer();
});`;
    },
  };
}
