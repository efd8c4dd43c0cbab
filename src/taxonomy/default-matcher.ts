import { TAXONOMY } from './skills';
import { compileTaxonomy, type Matcher } from './compile';

let compiled: Matcher | undefined;

/** The taxonomy compiled once, on first use. */
export function defaultMatcher(): Matcher {
  compiled ??= compileTaxonomy(TAXONOMY);
  return compiled;
}
