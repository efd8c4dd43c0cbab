import type { Profile } from '../model/profile';
import { updateSkill } from './edit-profile';

const MAX_NOTES = 20;

/**
 * Links an example to another skill it evidences: a copy of it, under a new id, among that skill's
 * examples (the skill is added as held when the profile lacks it: the user said the example shows it).
 * Nothing changes when the example is gone, the skill already has the same text, or it is full.
 */
export function linkEvidenceNote(
  profile: Profile,
  from: { skillId: string; noteId: string },
  toSkillId: string,
  newNoteId: string,
  now = new Date(),
): Profile {
  const note = profile.skills.find((s) => s.skillId === from.skillId)?.evidence?.find((n) => n.id === from.noteId);
  if (!note || toSkillId === from.skillId) return profile;
  const target = profile.skills.find((s) => s.skillId === toSkillId)?.evidence ?? [];
  const same = (n: typeof note) =>
    n.situation === note.situation && n.action === note.action && n.result === note.result;
  if (target.some(same) || target.length >= MAX_NOTES) return profile;
  const copy = { id: newNoteId, situation: note.situation, action: note.action, result: note.result };
  return updateSkill(
    profile,
    toSkillId,
    (skill) => ({ ...skill, evidence: [...(skill.evidence ?? []), { ...copy, updatedAt: now.toISOString() }] }),
    now,
  );
}
