import type { TokenScopes } from '../clauses';
import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';
import { gapBefore } from '../../text/gap-before';

/**
 * Nouns a list of modifiers shares: "leadership, managerial and communication skills"; a manner of working,
 * "a professional and helpful approach".
 */
const HEADS = new Set(
  [
    'skills',
    'experience',
    'abilities',
    'knowledge',
    'qualities',
    'qualification',
    'approach',
    'attitude',
    'manner',
  ].map(normaliseToken),
);
/**
 * Heads of activities a list of nouns shares: "care/recovery planning", "time and stress management". A
 * plural is a noun of its own, not a modifier ("health services and people management").
 */
const ACTIVITY_HEADS = new Set(['planning', 'management', 'assessment'].map(normaliseToken));
const CONJUNCTIONS = new Set(['and', 'or', '&']);
const MAX_CONJUNCTS = 5;
/** The most words of one item of the list, when they begin a phrase of the taxonomy ("clinical decision making"). */
const MAX_ITEM_WORDS = 3;

/**
 * For each token, the head noun it shares with the words after it when it is one word of a list of
 * modifiers ("Supervision and training experience": "supervision" → "experience"), else -1. The last
 * word of the list stands next to its head already and gets none.
 */
export function sharedHeads(
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  /** Whether token a then token b begin a phrase of the taxonomy. */
  beginPhrase: (a: number, b: number) => boolean = () => false,
): Int32Array {
  const heads = new Int32Array(tokens.length).fill(-1);
  for (let h = 2; h < tokens.length; h++) {
    const activity = ACTIVITY_HEADS.has(tokens[h]!.norm);
    if ((!HEADS.has(tokens[h]!.norm) && !activity) || scopes.clause[h - 1] !== scopes.clause[h]) continue;
    const conjunct = (token: Token | undefined) => isConjunct(token) && !(activity && isPlural(token!));
    let p = h - 1;
    let longItem = false;
    let joined = 0;
    for (let n = 0; n < MAX_CONJUNCTS && conjunct(tokens[p]); n++) {
      // "organisational, team working and problem solving skills": a word of the list written as two or three.
      // Not before an activity's head, whose items are single nouns ("preventative medicine and disease management").
      const most = activity ? 1 : MAX_ITEM_WORDS;
      for (let w = 1; w < most && p >= 1 && itemWord(tokens[p - 1]) && conjunct(tokens[p - 1]); w++) {
        if (gapBefore(text, tokens, p) !== ' ' || !beginPhrase(p - 1, p)) break;
        p--;
        longItem = true;
      }
      const gap = gapBefore(text, tokens, p);
      let previous: number;
      if (p >= 2 && CONJUNCTIONS.has(tokens[p - 1]!.norm) && !/[.;:]/.test(gap)) previous = p - 2;
      else if (p >= 1 && /^\s*[,/&]\s*$/.test(gap)) previous = p - 1;
      else break;
      // A list with a long item joins its items with one "and" or "or" at most: "English and Maths and
      // word processing skills" is two lists.
      if (previous === p - 2 && ++joined > 1 && longItem) break;
      if (scopes.clause[previous] !== scopes.clause[h] || !conjunct(tokens[previous])) break;
      // A nearer head it makes a phrase with keeps it: "care/recovery planning skills".
      if (heads[previous]! >= 0 && beginPhrase(previous, heads[previous]!)) break;
      heads[previous] = h;
      p = previous;
    }
  }
  return heads;
}

/** Words that point at a noun or join phrases: never a word of a long item ("the patient experience"). */
const NOT_ITEM_WORDS = new Set(
  'the our their your his her its this that these those with for from into onto who which'.split(' '),
);
const itemWord = (token: Token | undefined) => token !== undefined && !NOT_ITEM_WORDS.has(token.norm);

const THREE_LETTERS = /^\p{L}{3,}$/u;
/** A two-letter abbreviation in capitals is a modifier too: "PC and keyboard skills". */
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
const isConjunct = (token: Token | undefined) =>
  token !== undefined &&
  (THREE_LETTERS.test(token.norm) || TWO_CAPITALS.test(token.raw)) &&
  !CONJUNCTIONS.has(token.norm);

const isPlural = (token: Token) => token.norm !== token.raw.toLowerCase() && /s$/i.test(token.raw);
