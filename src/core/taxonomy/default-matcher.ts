import { compileTaxonomy, type Matcher } from './compile';
import { withLearnedModel } from './learned';
import { TAXONOMY } from './skills';
import { STOP_PHRASES } from './stop-phrases';

/** Where a process gets the taxonomy as a matcher: one shared, or a fresh one to add a user's skills to. */
export type MatcherSource = { shared: () => Matcher; fresh: () => Matcher };

let compiled: Matcher | undefined;

/**
 * The taxonomy as a matcher with the learned model, once per process; its phrases compile as texts first
 * reach them.
 */
export function defaultMatcher(): Matcher {
  compiled ??= withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES));
  return compiled;
}

/** The taxonomy compiled from its source, in this process (the command line, the tests, the evaluation). */
export const COMPILED_HERE: MatcherSource = {
  shared: defaultMatcher,
  fresh: () => withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES)),
};
