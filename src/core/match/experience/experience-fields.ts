import { EXPERIENCE_FIELDS } from '../../taxonomy/experience-fields';
import type { Token } from '../../text/tokenise';
import { normsOf } from '../../text/word-norms';

let compiled: { fieldHeads: Set<string>; roleHeads: Set<string>; vague: Set<string>; background: Set<string> };
const compile = () =>
  (compiled ??= {
    fieldHeads: normsOf(EXPERIENCE_FIELDS.fieldHeads),
    roleHeads: normsOf(EXPERIENCE_FIELDS.roleHeads),
    vague: normsOf(EXPERIENCE_FIELDS.vague),
    background: normsOf(EXPERIENCE_FIELDS.backgroundHeads),
  });

const WORD = /^\p{L}[\p{L}-]*$/u;
const isWord = (w: string) => WORD.test(w);

/**
 * Whether an experience object names a field the specialty list does not know: it ends in a field or
 * role noun ("public health work", "stop smoking adviser") with a word before it that says which, or it
 * is what a background is in ("a background in transfusion", "a mechanical background").
 * `words` are the object's normal forms, `generic` the words that name nothing alone, `head` the word
 * asking for experience.
 */
export function namesField(words: readonly string[], generic: ReadonlySet<string>, head: string): boolean {
  const c = compile();
  const last = words[words.length - 1] ?? '';
  const before = words.slice(0, -1).filter(isWord);
  const says = (w: string) => isWord(w) && !generic.has(w) && !c.vague.has(w);
  if (c.fieldHeads.has(last) || c.roleHeads.has(last)) return before.some(says);
  // "a background in notes summarising" is an activity.
  if (!c.background.has(head) || words.some((w) => w.endsWith('ing'))) return false;
  return words.some(says);
}

/** Whether a word is a noun for a field of work or a role in one: "(health promotion) work", "(PH) adviser". */
export function isFieldNoun(norm: string): boolean {
  const c = compile();
  return c.fieldHeads.has(norm) || c.roleHeads.has(norm);
}

/**
 * The head word as experience-fields reads it: "a background with the right attitude" is no background in
 * a field, so "background" counts only before its object or with "in", "within" or "of".
 */
export function fieldHead(tokens: readonly Token[], head: number, after: boolean): string {
  const norm = tokens[head]!.norm;
  if (norm !== 'background' || !after) return norm;
  return ['in', 'within', 'of'].includes(tokens[head + 1]?.norm ?? '') ? norm : '';
}
