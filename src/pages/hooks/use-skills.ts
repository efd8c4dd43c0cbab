import { useEffect, useState } from 'preact/hooks';
import type { CustomSkill } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { askBackground } from '../../messaging/ask-background';
import type { SkillsReply } from '../../messaging/background-messages';

const catalogues = new Map<string, Promise<ReadonlyMap<string, Skill>>>();
/** The catalogues that have arrived, so a page rendered after one arrived has it from its first render. */
const arrived = new Map<string, ReadonlyMap<string, Skill>>();

/**
 * The catalogue for these custom skills, asked of the background once per set (the taxonomy lives
 * there). `phrases`: with every phrase of every skill, for the skill picker's search.
 */
export function skillCatalogue(
  customSkills: readonly CustomSkill[],
  phrases = false,
): Promise<ReadonlyMap<string, Skill>> {
  const key = `${phrases}|${JSON.stringify(customSkills)}`;
  return catalogues.get(key) ?? keep(key, askBackground({ type: 'skills', customSkills: [...customSkills], phrases }));
}

function keep(key: string, reply: Promise<SkillsReply>): Promise<ReadonlyMap<string, Skill>> {
  const catalogue = reply.then(({ skills }) => {
    const byId = new Map(skills.map((s) => [s.id, s]));
    arrived.set(key, byId);
    return byId;
  });
  catalogue.catch(() => catalogues.delete(key));
  catalogues.set(key, catalogue);
  return catalogue;
}

/** A catalogue already asked for (the popup asks before it renders), kept as if asked here. */
export function adoptCatalogue(customSkills: readonly CustomSkill[], reply: Promise<SkillsReply>): void {
  const key = `false|${JSON.stringify(customSkills)}`;
  if (!catalogues.has(key)) keep(key, reply);
}

/**
 * Every skill the extension knows for this profile: the taxonomy plus the user's custom skills; null
 * until the background has answered. Pages with a skill picker ask for the phrases too.
 */
export function useSkills(
  customSkills: readonly CustomSkill[] | undefined,
  { phrases = false } = {},
): ReadonlyMap<string, Skill> | null {
  const key = `${phrases}|${JSON.stringify(customSkills ?? [])}`;
  const [skills, setSkills] = useState<{ key: string; skills: ReadonlyMap<string, Skill> } | null>(() => {
    const known = arrived.get(key);
    return known ? { key, skills: known } : null;
  });
  useEffect(() => {
    let live = true;
    void skillCatalogue(customSkills ?? [], phrases).then(
      (loaded) => live && setSkills((now) => (now?.skills === loaded ? now : { key, skills: loaded })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return skills?.skills ?? null;
}
