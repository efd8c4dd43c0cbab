import { matcherFor } from './matchers';
import { skillsRequestSchema, type SkillsReply } from '../messaging/background-messages';

/** Every skill the extension knows for these custom skills: the pages' labels and relations, and search. */
export async function skillCatalogue(message: unknown): Promise<SkillsReply | undefined> {
  const parsed = skillsRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const skills = [...(await matcherFor(parsed.data.customSkills)).skills.values()];
  // Most pages need labels and relations only: the phrases are most of the catalogue's weight.
  return { skills: parsed.data.phrases ? skills : skills.map((s) => ({ ...s, variants: [], abbreviations: [] })) };
}
