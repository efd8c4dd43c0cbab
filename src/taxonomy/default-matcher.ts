import { TAXONOMY } from './skills';
import { compileTaxonomy, type Matcher } from './compile';
import { STOP_PHRASES } from './stop-phrases';

let compiled: Matcher | undefined;

/** The taxonomy compiled once, on first use. */
export function defaultMatcher(): Matcher {
  compiled ??= compileTaxonomy(TAXONOMY, STOP_PHRASES);
  return compiled;
}
