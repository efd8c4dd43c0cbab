/** The taxonomy compiled at build time (scripts/build/compiled-taxonomy.ts), as data. */
declare module 'virtual:compiled-taxonomy' {
  import type { CompiledTaxonomy } from '../core/taxonomy/compiled-taxonomy';

  const compiled: CompiledTaxonomy;
  export default compiled;
}
