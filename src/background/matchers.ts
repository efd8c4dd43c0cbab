import loadCompiled from 'virtual:compiled-taxonomy';
import { profileMatchers } from '../core/pipeline/profile-matcher';
import type { Matcher } from '../core/taxonomy/compile';
import { loadTaxonomy, type CompiledTaxonomy } from '../core/taxonomy/compiled-taxonomy';
import { decodeTaxonomy } from '../core/taxonomy/taxonomy-file';
import type { CustomSkill } from '../core/model/profile';

let compiled: Promise<CompiledTaxonomy> | undefined;
let data: CompiledTaxonomy | undefined;
let shared: Matcher | undefined;

/**
 * Starts reading the taxonomy compiled at build time (a file beside the background's script), once
 * each time the background wakes; resolves when it is read. A failed read, or a file that cannot be
 * decoded, rejects (the request that needed it fails with the reason) and is tried again next time.
 */
export function taxonomyLoaded(): Promise<CompiledTaxonomy> {
  compiled ??= loadCompiled()
    .then(decodeTaxonomy)
    .then(
      (loaded) => (data = loaded),
      (error: unknown) => {
        compiled = undefined;
        throw new Error(`Could not load the taxonomy: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  return compiled;
}

// The shared matcher reads the file's arrays in place: nothing is ever added to it (custom skills go to a fresh one).
const profileMatcher = profileMatchers({
  shared: () => (shared ??= loadTaxonomy(data!, 'shared')),
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
