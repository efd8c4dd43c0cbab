import { useEffect, useState } from 'preact/hooks';
import type { CustomSkill } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { askBackground } from '../../messaging/ask-background';

const catalogues = new Map<string, Promise<ReadonlyMap<string, Skill>>>();

/** The catalogue for these custom skills, asked of the background once per set (the taxonomy lives there). */
export function skillCatalogue(customSkills: readonly CustomSkill[]): Promise<ReadonlyMap<string, Skill>> {
  const key = JSON.stringify(customSkills);
  let catalogue = catalogues.get(key);
  if (!catalogue) {
    catalogue = askBackground({ type: 'skills', customSkills: [...customSkills] }).then(
      ({ skills }) => new Map(skills.map((s) => [s.id, s])),
    );
    catalogue.catch(() => catalogues.delete(key));
    catalogues.set(key, catalogue);
  }
  return catalogue;
}

/**
 * Every skill the extension knows for this profile: the taxonomy plus the user's custom skills; null
 * until the background has answered.
 */
export function useSkills(customSkills: readonly CustomSkill[] | undefined): ReadonlyMap<string, Skill> | null {
  const key = JSON.stringify(customSkills ?? []);
  const [skills, setSkills] = useState<{ key: string; skills: ReadonlyMap<string, Skill> } | null>(null);
  useEffect(() => {
    let live = true;
    void skillCatalogue(customSkills ?? []).then(
      (loaded) => live && setSkills({ key, skills: loaded }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return skills?.skills ?? null;
}
