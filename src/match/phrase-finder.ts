import { tokenise, type Token } from './tokenise';

/** Token positions where any of the phrases starts; phrases are compiled once. */
export type PhraseSet = { phrases: string[][]; first: Set<string> };

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const compiled = phrases.map((p) => tokenise(p).map((t) => t.norm));
  return { phrases: compiled, first: new Set(compiled.map((p) => p[0]!)) };
}

export type PhraseAt = { start: number; end: number; phrase: string[] };

export function findPhrases(tokens: readonly Token[], set: PhraseSet): PhraseAt[] {
  const found: PhraseAt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!set.first.has(tokens[i]!.norm)) continue;
    for (const phrase of set.phrases) {
      if (phraseAt(tokens, i, phrase)) {
        found.push({ start: i, end: i + phrase.length, phrase });
        break;
      }
    }
  }
  return found;
}

export function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  if (i < 0 || i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.norm !== phrase[k]) return false;
  return true;
}

/** True when the phrase occurs with its first word inside [from, to). */
export function phraseWithin(
  tokens: readonly Token[],
  phrase: readonly string[],
  from: number,
  to: number,
): boolean {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    if (phraseAt(tokens, i, phrase)) return true;
  }
  return false;
}
