import { compareWithProfile } from '../core/compare/compare';
import { emptyProfile } from '../core/model/profile';
import { matchSpec } from '../core/pipeline/match-spec';
import type { Matcher } from '../core/taxonomy/compile';
import { REHEARSAL_SPEC } from './rehearsal-spec';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Matches a short specification of its own once the taxonomy is loaded, so that the first advert the
 * background answers after waking does not pay for what the engine does on first use (compiling the matcher's
 * functions and regular expressions, decoding the phrases most criteria reach): measured in Node, the
 * first 40-criterion advert took 54–82 ms of CPU alone and 24–33 ms after this rehearsal. One criterion a
 * task, so a page's request that comes meanwhile waits at most one criterion; once a real request has come
 * (`stopWhen`), the rest is left undone: the request warms the engine itself, and rehearsing would only delay it.
 */
export async function rehearseMatching(
  matcher: Matcher,
  { yieldTask = nextTask, stopWhen = () => false }: { yieldTask?: () => Promise<void>; stopWhen?: () => boolean } = {},
): Promise<void> {
  const criteria = [];
  for (const criterion of REHEARSAL_SPEC.criteria) {
    await yieldTask();
    if (stopWhen()) return;
    criteria.push(...matchSpec({ ...REHEARSAL_SPEC, criteria: [criterion] }, matcher).criteria);
  }
  await yieldTask();
  if (!stopWhen()) compareWithProfile({ ...REHEARSAL_SPEC, criteria }, emptyProfile(), matcher.skills);
}
