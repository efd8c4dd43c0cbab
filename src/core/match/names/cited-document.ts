import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

/** Verbs that cite a document as the source of what the sentence asks: "as set out in …", "as defined by …". */
const CITING = new Set(['set', 'laid', 'described', 'defined', 'detailed', 'outlined', 'specified', 'prescribed']);
/** Verbs that cite a law or body only with "by": "conditions covered by …" (not "covered in training"). */
const CITING_BY = new Set(['covered', 'stipulated']);
const INTO = new Set(['in', 'within']);
/** Words that end the cited document's name: what follows them is asked again. */
const AFTER_DOCUMENT = new Set(['with', 'and', 'including', 'plus', 'who', 'which', 'having']);

/**
 * "… as set out in the regulator's Good Medical Practice", "… save for exemptions as defined by a law", "… under
 * the provision of a law": the document cited as the source or the limit of a requirement is a reference, not a
 * skill asked for besides. What the sentence asks comes before it.
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
      if (tokens[i]!.norm === 'by' && isCitingBy(tokens, i - 1)) return false;
      if (tokens[i]!.norm === 'of' && isProvisions(tokens, i - 1)) return false;
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

/** "as defined by", "set out by", "laid down by", "covered by": the same verbs with "by", and a few that need it. */
function isCitingBy(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.norm;
  if (word === 'out' || word === 'down') return CITING.has(tokens[i - 1]?.norm ?? '');
  return word !== undefined && (isCiting(tokens, i) || CITING_BY.has(word));
}

/** "subject to the provisions of", "under the provision of": a law that bounds the requirement. */
function isProvisions(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'provision') return false;
  const before = tokens[i - 1]?.norm === 'the' ? i - 2 : i - 1;
  return tokens[before]?.norm === 'under' || (tokens[before]?.norm === 'to' && tokens[before - 1]?.norm === 'subject');
}
