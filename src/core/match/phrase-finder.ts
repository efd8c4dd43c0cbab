import { tokenise, type Token } from '../text/tokenise';

/** Token positions where any of the phrases starts; phrases are compiled once. */
export type PhraseSet = { readonly phrases: string[][]; readonly first: Set<string> };

/**
 * Phrases tokenised on first use, not when the module loads: the content script's first task
 * (evaluating the script) stays short, and the work moves into the sliced analysis.
 */
export function phraseSet(phrases: readonly string[]): PhraseSet {
  let compiled: { phrases: string[][]; first: Set<string> } | undefined;
  const get = () => {
    if (!compiled) {
      const words = phrases.map((p) => tokenise(p).map((t) => t.norm));
      compiled = { phrases: words, first: new Set(words.map((p) => p[0]!)) };
    }
    return compiled;
  };
  return {
    get phrases() {
      return get().phrases;
    },
    get first() {
      return get().first;
    },
  };
}

export type PhraseAt = { start: number; end: number; phrase: string[] };

export function findPhrases(tokens: readonly Token[], set: PhraseSet): PhraseAt[] {
  const found: PhraseAt[] = [];
  const { first, phrases } = set;
  for (let i = 0; i < tokens.length; i++) {
    if (!first.has(tokens[i]!.norm)) continue;
    for (const phrase of phrases) {
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
