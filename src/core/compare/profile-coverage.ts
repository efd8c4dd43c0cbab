import type { Profile } from '../model/profile';
import type { SkillVerdict } from '../model/report';
import type { Skill } from '../model/skill';
import { profileHoldings, type Holding } from './holdings';

type Cover = { via: string; workingTowards: boolean };

/**
 * What the profile covers: each skill it holds, every skill those imply (fully), and every skill
 * they count towards through a `broader` link (partly).
 */
export type ProfileCoverage = {
  verdict(skillId: string): SkillVerdict;
  /** What the profile holds of a skill directly (skill list, registration or qualification). */
  entry(skillId: string): Holding | undefined;
};

export function profileCoverage(profile: Profile, skills: ReadonlyMap<string, Skill>): ProfileCoverage {
  const holdings = profileHoldings(profile);
  const full = new Map<string, Cover>();
  const partial = new Map<string, Cover>();

  for (const held of holdings.values()) {
    const cover = { via: held.skillId, workingTowards: held.status === 'working-towards' };
    const implied = closure([held.skillId], (id) => skills.get(id)?.implies ?? []);
    for (const id of implied) keepBest(full, id, cover);
    const related = closure([...implied], (id) => [
      ...(skills.get(id)?.implies ?? []),
      ...(skills.get(id)?.broader ?? []),
    ]);
    for (const id of related) if (!implied.has(id)) keepBest(partial, id, cover);
  }

  return {
    entry: (skillId) => holdings.get(skillId),
    verdict(skillId) {
      const direct = full.get(skillId);
      if (direct) {
        const satisfied = direct.workingTowards ? 'working-towards' : 'held';
        return direct.via === skillId ? { skillId, satisfied } : { skillId, satisfied, via: direct.via };
      }
      const related = partial.get(skillId);
      if (related) return { skillId, satisfied: 'broader', via: related.via };
      return { skillId, satisfied: 'no' };
    },
  };
}

/** A held skill beats one being worked towards; otherwise the first found stays. */
function keepBest(map: Map<string, Cover>, id: string, cover: Cover) {
  const current = map.get(id);
  if (!current || (current.workingTowards && !cover.workingTowards) || id === cover.via) map.set(id, cover);
}

function closure(start: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length > 0) {
    for (const parent of next(queue.pop()!)) {
      if (!seen.has(parent)) {
        seen.add(parent);
        queue.push(parent);
      }
    }
  }
  return seen;
}
