import type { Plugin } from 'vite';
import { compileAll, compileTaxonomy } from '../../src/core/taxonomy/compile';
import { serialiseTaxonomy } from '../../src/core/taxonomy/compiled-taxonomy';
import { withLearnedModel } from '../../src/core/taxonomy/learned';
import { TAXONOMY } from '../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../src/core/taxonomy/stop-phrases';

const ID = 'virtual:compiled-taxonomy';
/** The built file that holds the taxonomy, beside background.js; only the background reads it. */
export const TAXONOMY_FILE = 'taxonomy.json';

/**
 * `virtual:compiled-taxonomy`: a function that loads the whole taxonomy compiled while the extension is
 * built. In a build the data is a file of its own (`taxonomy.json`), fetched when the background wakes:
 * a service worker's script, and the code cache Chromium keeps of it, are sent to the worker before it
 * runs anything, so a script that held the taxonomy (1.4 MB, 3 MB of code cache) made every wake-up
 * slower, while the fetch runs while the worker does other things. The dev server inlines it.
 */
export function compiledTaxonomy(): Plugin {
  let serve = false;
  return {
    name: 'nhsps-compiled-taxonomy',
    configResolved: (config) => void (serve = config.command === 'serve'),
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const data = serialiseTaxonomy(compileAll(withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES))));
      const json = asciiJson(data);
      if (serve) return `export default () => Promise.resolve(JSON.parse(${JSON.stringify(json)}));`;
      this.emitFile({ type: 'asset', fileName: TAXONOMY_FILE, source: json });
      return `export default () => fetch('/${TAXONOMY_FILE}').then((response) => response.json());`;
    },
  };
}

/** JSON in ASCII only: a file (or string) of one-byte characters is decoded and parsed faster. */
const asciiJson = (data: unknown): string =>
  JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
