import { compileAll, compileTaxonomy } from '../../../src/core/taxonomy/compile';
import { serialiseTaxonomy } from '../../../src/core/taxonomy/compiled-taxonomy';
import { withLearnedModel } from '../../../src/core/taxonomy/learned';
import { TAXONOMY } from '../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../src/core/taxonomy/stop-phrases';

/** What the build's `virtual:compiled-taxonomy` loads, made the same way for the tests. */
const data = serialiseTaxonomy(compileAll(withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES))));
export default () => Promise.resolve(data);
