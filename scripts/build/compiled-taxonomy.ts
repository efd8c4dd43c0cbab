import type { Plugin } from 'vite';
import { compileAll, compileTaxonomy } from '../../src/core/taxonomy/compile';
import { serialiseTaxonomy } from '../../src/core/taxonomy/compiled-taxonomy';
import { withLearnedModel } from '../../src/core/taxonomy/learned';
import { TAXONOMY } from '../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../src/core/taxonomy/stop-phrases';

const ID = 'virtual:compiled-taxonomy';

/**
 * `virtual:compiled-taxonomy`: the whole taxonomy compiled while the extension is built, as a JSON
 * string the background parses when it wakes (parsing JSON is far quicker than evaluating the same
 * object written as code, and than compiling the phrases again).
 */
export function compiledTaxonomy(): Plugin {
  return {
    name: 'nhsps-compiled-taxonomy',
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const data = serialiseTaxonomy(compileAll(withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES))));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
