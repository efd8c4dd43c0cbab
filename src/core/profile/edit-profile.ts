import type { NoteFields } from '../model/evidence-review';
import type { EvidenceNote, Profile, ProfileSkill } from '../model/profile';

/**
 * Edits are pure functions of the latest stored profile, naming what they change by id. They are
 * applied to whatever is stored at the moment of writing, so two pages editing different things never
 * undo each other's changes.
 */
export type ProfileChange = (profile: Profile) => Profile;

const touch = (profile: Profile, now: Date): Profile => ({ ...profile, updatedAt: now.toISOString() });

/** Adds a skill, or updates its status when the profile already has it. */
export function addSkill(
  profile: Profile,
  skillId: string,
  status: ProfileSkill['status'] = 'held',
  now = new Date(),
): Profile {
  const existing = profile.skills.find((s) => s.skillId === skillId);
  const skills = existing
    ? profile.skills.map((s) => (s.skillId === skillId ? { ...s, status } : s))
    : [...profile.skills, { skillId, status }];
  return touch({ ...profile, skills }, now);
}

export function removeSkill(profile: Profile, skillId: string, now = new Date()): Profile {
  return touch({ ...profile, skills: profile.skills.filter((s) => s.skillId !== skillId) }, now);
}

export const hasSkill = (profile: Profile, skillId: string): boolean =>
  profile.skills.some((s) => s.skillId === skillId);

/** Changes one skill's fields; a skill removed meanwhile in another page is added back rather than lost. */
export function updateSkill(
  profile: Profile,
  skillId: string,
  change: (skill: ProfileSkill) => ProfileSkill,
  now = new Date(),
): Profile {
  const existing = profile.skills.find((s) => s.skillId === skillId);
  const skills = existing
    ? profile.skills.map((s) => (s.skillId === skillId ? change(s) : s))
    : [...profile.skills, change({ skillId, status: 'held' })];
  return touch({ ...profile, skills }, now);
}

export const setSkillSince = (profile: Profile, skillId: string, since: string | undefined, now = new Date()) =>
  updateSkill(profile, skillId, ({ since: _, ...skill }) => (since ? { ...skill, since } : skill), now);

/** Saves a note's text: replaces the note with that id, or adds it (new, or deleted meanwhile elsewhere). */
export function saveEvidenceNote(
  profile: Profile,
  skillId: string,
  noteId: string,
  fields: NoteFields,
  now = new Date(),
): Profile {
  const note: EvidenceNote = { id: noteId, ...fields, updatedAt: now.toISOString() };
  return updateSkill(
    profile,
    skillId,
    (skill) => ({
      ...skill,
      evidence: skill.evidence?.some((n) => n.id === noteId)
        ? skill.evidence.map((n) => (n.id === noteId ? note : n))
        : [...(skill.evidence ?? []), note],
    }),
    now,
  );
}

export const removeEvidenceNote = (profile: Profile, skillId: string, noteId: string, now = new Date()) =>
  updateSkill(
    profile,
    skillId,
    (skill) => ({ ...skill, evidence: (skill.evidence ?? []).filter((n) => n.id !== noteId) }),
    now,
  );
