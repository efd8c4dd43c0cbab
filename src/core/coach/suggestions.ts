import { holderOf, isSelfEvident } from '../compare/evidence';
import type { Profile } from '../model/profile';
import type { Report } from '../model/report';
import type { Skill } from '../model/skill';
import { isComplete } from '../model/evidence-review';
import { noteKey, type ReviewOf, type Shortlisting } from './shortlisting';

/**
 * An example of the profile that names a skill a criterion asks for, kept under another skill: "your
 * falls-audit example also evidences 'quality improvement'". Linking it puts a copy under `skillId`.
 */
export type LinkSuggestion = {
  criterionId: string;
  /** The profile skill the example would be linked to (added to the profile if it is not there). */
  skillId: string;
  /** Where the example is kept now. */
  from: { skillId: string; noteId: string };
};

/**
 * For every criterion short of a full score, the user's own complete examples that name one of its skills
 * but are not kept under it: the matcher run over the examples' texts (their reviews' `mentions`). One
 * example per skill a criterion asks for; a registration or qualification needs none.
 */
export function suggestLinks(
  report: Report,
  shortlisting: Shortlisting,
  profile: Profile,
  skills: ReadonlyMap<string, Skill>,
  reviewOf: ReviewOf,
): LinkSuggestion[] {
  const suggestions: LinkSuggestion[] = [];
  const kept = new Map(profile.skills.map((s) => [s.skillId, new Set((s.evidence ?? []).map(noteKey))]));
  const examples = profile.skills.flatMap((s) =>
    (s.evidence ?? []).map((note) => ({ skillId: s.skillId, note, review: reviewOf(note) })),
  );
  for (const item of report.criteria) {
    if (item.status === 'not-a-skill' || (shortlisting.criteria.get(item.criterion.id)?.score ?? 0) >= 2) continue;
    const targets = new Set<string>();
    for (const verdict of item.skills) {
      const satisfied = verdict.satisfied === 'held' || verdict.satisfied === 'working-towards';
      const target = satisfied ? holderOf(verdict) : verdict.skillId;
      if (targets.has(target) || isSelfEvident(skills.get(target)) || isSelfEvident(skills.get(verdict.skillId)))
        continue;
      targets.add(target);
      const named = new Set([verdict.skillId, target]);
      const example = examples.find(
        (e) =>
          e.skillId !== target &&
          !kept.get(target)?.has(noteKey(e.note)) &&
          e.review !== undefined &&
          isComplete(e.review) &&
          e.review.mentions.some((id) => named.has(id)),
      );
      if (example) {
        suggestions.push({
          criterionId: item.criterion.id,
          skillId: target,
          from: { skillId: example.skillId, noteId: example.note.id },
        });
      }
    }
  }
  return suggestions;
}
