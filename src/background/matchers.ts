import compiled from 'virtual:compiled-taxonomy';
import { profileMatchers } from '../core/pipeline/profile-matcher';
import type { Matcher } from '../core/taxonomy/compile';
import { loadTaxonomy } from '../core/taxonomy/compiled-taxonomy';

let shared: Matcher | undefined;

/**
 * The matcher for a profile's own skills, from the taxonomy compiled at build time (loaded in a few
 * milliseconds each time the background wakes, instead of compiling its phrases again).
 */
export const matcherFor = profileMatchers({
  shared: () => (shared ??= loadTaxonomy(compiled)),
  fresh: () => loadTaxonomy(compiled),
});
