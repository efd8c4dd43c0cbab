/** The taxonomy compiled at build time (scripts/build/compiled-taxonomy.ts), loaded as data. */
declare module 'virtual:compiled-taxonomy' {
  import type { CompiledTaxonomy } from '../core/taxonomy/compiled-taxonomy';

  const loadCompiled: () => Promise<CompiledTaxonomy>;
  export default loadCompiled;
}
