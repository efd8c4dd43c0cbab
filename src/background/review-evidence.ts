import { reviewEvidence } from '../core/coach/evidence-review';
import { matcherFor } from './matchers';
import { reviewRequestSchema, type ReviewReply } from '../messaging/background-messages';
import { loadProfileKept } from '../storage/profile-store';

/**
 * Examples read as a shortlister would (situation, action, result, "I", a measure, length, values),
 * here because the matcher that tells the writer's own words from skill phrases lives here.
 */
export async function reviewExamples(message: unknown): Promise<ReviewReply | undefined> {
  const parsed = reviewRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  let customSkills = parsed.data.customSkills;
  if (!customSkills) {
    const stored = await loadProfileKept();
    customSkills = stored.state === 'ok' ? stored.profile.customSkills : [];
  }
  const matcher = await matcherFor(customSkills);
  return { reviews: parsed.data.notes.map((note) => reviewEvidence(note, matcher)) };
}
