import { matcherFor } from './matchers';
import { skillsRequestSchema, type SkillsReply } from '../messaging/background-messages';

/** Every skill the extension knows for these custom skills: the pages' labels, relations and search. */
export function skillCatalogue(message: unknown): SkillsReply | undefined {
  const parsed = skillsRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  return { skills: [...matcherFor(parsed.data.customSkills).skills.values()] };
}
