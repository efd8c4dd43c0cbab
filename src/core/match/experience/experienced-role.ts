import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { Compiled } from './experience-words';
import { professionNameTo } from '../role/profession-name';

/**
 * "experienced Registered Nurse", "experienced Bank Mental Health Nurse", "experienced Occupational
 * Therapist": nothing between "experienced" and the role but qualifiers of it and words naming the
 * profession or its field.
 */
export const onlyQualifiers = (c: Compiled, tokens: readonly Token[], [start, end]: [number, number]) =>
  tokens
    .slice(start, namedUpTo(tokens, start, end))
    .every(
      (t) =>
        c.modifiers.has(t.norm) ||
        c.generic.has(t.norm) ||
        c.practitioners.has(t.norm) ||
        c.careRoles.has(t.norm) ||
        c.roleWords.has(t.norm) ||
        c.seniority.has(t.norm) ||
        /^\d/.test(t.norm),
    );

/**
 * The level an experienced post asks for (tokens [start, end) and the post's name at `end`, or the name alone):
 * a manager's post or a senior one is experience at a level; any other post none (null). Undefined when the
 * role is a profession's, read by roleExperience.
 */
export function postLevel(
  c: Compiled,
  tokens: readonly Token[],
  [start, end]: [number, number],
): string | null | undefined {
  const alone = c.posts.has(tokens[start]!.norm) && end === start + 1;
  const role = alone ? start : end;
  if (!c.posts.has(tokens[role]?.norm ?? '')) return undefined;
  const words = alone ? [] : tokens.slice(start, end);
  if (words.some((t) => c.seniority.has(t.norm))) return EXPERIENCE_FRAMES.bandId;
  const manager = c.managers.has(tokens[role]!.norm) && onlyQualifiers(c, tokens, [start, alone ? start : end]);
  return manager ? EXPERIENCE_FRAMES.bandId : null;
}

/**
 * An experienced senior ("Senior Pharmacist", "Deputy Sister") is experience at a level; an experienced
 * care role ("Healthcare Assistant") care experience; else experience in the profession.
 */
export const roleExperience = (c: Compiled, tokens: readonly Token[], [start, end]: [number, number]) => {
  const words = tokens.slice(start, end);
  if (words.some((t) => c.seniority.has(t.norm))) return EXPERIENCE_FRAMES.bandId;
  // "an experienced Social Worker" names a registered profession, though "worker" alone is a care role.
  if (namedUpTo(tokens, start, end) < end) return EXPERIENCE_FRAMES.ownProfessionId;
  const role = tokens[end]?.norm ?? '';
  const last = c.careRoles.has(role) ? role : words[words.length - 1]!.norm;
  return c.careRoles.has(last) ? EXPERIENCE_FRAMES.careSettingId : EXPERIENCE_FRAMES.ownProfessionId;
};

/**
 * Where the words [start, end) stop being qualifiers: at the first word of a profession's name that ends on
 * the role at `end`.
 */
function namedUpTo(tokens: readonly Token[], start: number, end: number): number {
  const named = professionNameTo(tokens, end);
  return named >= start && named < end ? named : end;
}
