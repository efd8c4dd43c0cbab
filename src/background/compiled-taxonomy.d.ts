/** The taxonomy compiled at build time (scripts/build/compiled-taxonomy.ts): the built file's bytes. */
declare module 'virtual:compiled-taxonomy' {
  const loadCompiled: () => Promise<ArrayBuffer>;
  export default loadCompiled;
}
