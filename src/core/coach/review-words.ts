import type { EvidenceReview } from '../model/evidence-review';

const listed = (parts: readonly string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;

/**
 * What keeps an example from a full score, as the end of a sentence about it ("Your example for
 * Clinical audit has no result yet."); null when it has a situation, its writer's own action and a result.
 */
export function whatIsLacking(review: EvidenceReview): string | null {
  const missing = [
    review.situation ? null : 'situation',
    review.action ? null : 'action of your own',
    review.result ? null : 'result',
  ].filter((p): p is string => p !== null);
  if (missing.length > 0) return `has no ${listed(missing)} yet`;
  if (!review.firstPerson) return 'does not say what you did yourself (“I …”, not only “we”)';
  return null;
}
