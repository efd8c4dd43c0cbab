/** The articles, in normal form: "a", "an", "the". */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
