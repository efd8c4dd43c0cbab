import loadCompiled from 'virtual:compiled-taxonomy';
import { profileMatchers } from '../core/pipeline/profile-matcher';
import type { Matcher } from '../core/taxonomy/compile';
import { loadTaxonomy, type CompiledTaxonomy } from '../core/taxonomy/compiled-taxonomy';
import type { CustomSkill } from '../core/model/profile';

let compiled: Promise<CompiledTaxonomy> | undefined;
let data: CompiledTaxonomy | undefined;
let shared: Matcher | undefined;

/**
 * Starts reading the taxonomy compiled at build time (a file beside the background's script), once
 * each time the background wakes; resolves when it is read. A failed read is tried again next time.
 */
export function taxonomyLoaded(): Promise<CompiledTaxonomy> {
  compiled ??= loadCompiled().then(
    (loaded) => (data = loaded),
    (error: unknown) => {
      compiled = undefined;
      throw error;
    },
  );
  return compiled;
}

const profileMatcher = profileMatchers({
  shared: () => (shared ??= loadTaxonomy(data!)),
  fresh: () => loadTaxonomy(data!),
});

/**
 * The matcher for a profile's own skills, from the taxonomy compiled at build time (loaded each time the
 * background wakes, instead of compiling its phrases again).
 */
export async function matcherFor(customSkills: readonly CustomSkill[]): Promise<Matcher> {
  if (!data) await taxonomyLoaded();
  return profileMatcher(customSkills);
}
