import type { CustomSkill, Profile } from '../model/profile';
import type { SkillDefinition } from '../model/skill';

const touch = (profile: Profile, now: Date): Profile => ({ ...profile, updatedAt: now.toISOString() });

/** "Phlebotomy (adults)" → "custom-phlebotomy-adults", made unique among the ids given. */
export function customSkillId(label: string, taken: Iterable<string>): string {
  const slug = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const base = `custom-${slug || 'skill'}`;
  const used = new Set(taken);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Adds or replaces a custom skill; a new one is also added to the profile's skills as held. */
export function saveCustomSkill(profile: Profile, custom: CustomSkill, now = new Date()): Profile {
  const exists = profile.customSkills.some((c) => c.id === custom.id);
  const customSkills = exists
    ? profile.customSkills.map((c) => (c.id === custom.id ? custom : c))
    : [...profile.customSkills, custom];
  const held = profile.skills.some((s) => s.skillId === custom.id);
  const skills = held ? profile.skills : [...profile.skills, { skillId: custom.id, status: 'held' as const }];
  return touch({ ...profile, customSkills, skills }, now);
}

/** Removes a custom skill and the profile's entry for it (with its evidence notes). */
export const removeCustomSkill = (profile: Profile, id: string, now = new Date()): Profile =>
  touch(
    {
      ...profile,
      customSkills: profile.customSkills.filter((c) => c.id !== id),
      skills: profile.skills.filter((s) => s.skillId !== id),
    },
    now,
  );

/** Characters that mean something in taxonomy patterns ("[optional]", "(a|b)"): literal in a user's words. */
const PATTERN_SYNTAX = /[[\](){}|]/g;

export function customSkillDefinition(custom: CustomSkill): SkillDefinition {
  const phrases = [custom.label, ...custom.variants].map((p) => p.replace(PATTERN_SYNTAX, ' ').trim()).filter(Boolean);
  return { id: custom.id, label: custom.label, category: custom.category, variants: [...new Set(phrases)] };
}
