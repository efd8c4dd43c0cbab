import type { Token } from '../text/tokenise';
import type { TokenScopes } from './clauses';
import type { Candidate } from './find-candidates';

/** Verbs that cite a document as the source of what the sentence asks: "as set out in …". */
const CITING = new Set(['set', 'laid', 'described', 'defined', 'detailed', 'outlined']);
const INTO = new Set(['in', 'within']);
/** Words that end the cited document's name: what follows them is asked again. */
const AFTER_DOCUMENT = new Set(['with', 'and', 'including', 'plus', 'who', 'which', 'having']);

/**
 * "… as set out in the regulator's Good Medical Practice": the document cited as the source of a
 * requirement is a reference, not a skill asked for besides. What the sentence asks comes before it.
 */
export function withoutCitedDocuments(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.filter((span) => {
    const start = span[0]!.start;
    for (let i = start - 1; i > scopes.clauseStart[start]!; i--) {
      // "… as described in the person specification with experience of X": the document's name has ended.
      if (AFTER_DOCUMENT.has(tokens[i]!.norm)) return true;
      if (INTO.has(tokens[i]!.norm) && isCiting(tokens, i - 1)) return false;
    }
    return true;
  });
}

/** "set out" and "laid out" end on "out"; the other verbs stand alone before "in". */
function isCiting(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.norm;
  if (word === 'out') return CITING.has(tokens[i - 1]?.norm ?? '');
  return word !== undefined && CITING.has(word) && word !== 'set' && word !== 'laid';
}
