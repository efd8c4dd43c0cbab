import type { Profile, ProfileSkill } from '../spec/profile';

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
