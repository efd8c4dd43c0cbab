import type { Profile } from '../model/profile';
import type { Matcher } from '../taxonomy/compile';
import type { EvidenceReview } from '../model/evidence-review';
import { reviewEvidence } from './evidence-review';
import { noteKey, reviewLookup, type ReviewOf } from './shortlisting';

/** The review of one example of the profile, named by its skill and its id. */
export type ExampleReview = { skillId: string; exampleId: string; review: EvidenceReview };

/** Every example of the profile reviewed, in profile order; the same text is read once. */
export function reviewProfile(profile: Profile, matcher: Matcher): ExampleReview[] {
  const known = new Map<string, EvidenceReview>();
  return profile.skills.flatMap((skill) =>
    (skill.evidence ?? []).map((note) => {
      const key = noteKey(note);
      let review = known.get(key);
      if (!review) known.set(key, (review = reviewEvidence(note, matcher)));
      return { skillId: skill.skillId, exampleId: note.id, review };
    }),
  );
}

/** The lookup the shortlister's view reads reviews through, over a profile's reviewed examples. */
export function profileReviewLookup(profile: Profile, reviews: readonly ExampleReview[]): ReviewOf {
  const notes = new Map(profile.skills.flatMap((s) => (s.evidence ?? []).map((n) => [`${s.skillId}\u0000${n.id}`, n])));
  return reviewLookup(
    reviews.flatMap((r) => {
      const note = notes.get(`${r.skillId}\u0000${r.exampleId}`);
      return note ? [[note, r.review] as const] : [];
    }),
  );
}
