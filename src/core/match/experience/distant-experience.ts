import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { notADurationOfExperience } from './time-not-experience';
import { experienceToGain } from './experience-to-gain';

/** Words that ask for experience and take what it is of after them, however long the way there. */
const HEADS = new Set(['experience', 'experienced', 'background', 'exposure']);
/**
 * Words between a head and a phrase that start another ask or another clause, which then owns the phrase:
 * another head noun ("an understanding of", "the ability to"), a verb that opens a clause of its own.
 */
const OWNERS = new Set([
  'knowledge',
  'understanding',
  'awareness',
  'skill',
  'skills',
  'ability',
  'able',
  'interest',
  'interested',
  'passion',
  'passionate',
  'desire',
  'willing',
  'willingness',
  'qualification',
  'qualifications',
  'course',
  'training',
  'degree',
  'certificate',
  'diploma',
  'portfolio',
  'registration',
  'registered',
  'to',
  'will',
  'would',
  'must',
  'should',
  'can',
  'may',
  'is',
  'are',
  'be',
  'was',
  'were',
  'who',
  'which',
  'that',
  'including',
  'whilst',
  'while',
  'but',
]);

/** -ing words that lead to where the work was, not to an activity's own object. */
const PLACING = new Set(['working', 'worked', 'caring', 'nursing', 'learning', 'eating']);
const ING = /^\p{L}{3,}ing$/u;

/**
 * The head asking for experience that owns a phrase beyond its cue's window, or -1: the nearest "experience"
 * (or "experienced", "background", "exposure") before it in the clause, with only the words of what it is of
 * between them: links, nouns, adjectives, commas and "and"/"or" ("experience in safety critical systems,
 * preferably in a clinical environment and ideally in Radiotherapy"; "experience of working at a management
 * level in a health or social care setting"). A word that starts another ask or clause ends the reach, and so
 * does an activity ("experience of supervising a team of pharmacy assistants" is not of pharmacy).
 */
export function distantExperienceHead(tokens: readonly Token[], scopes: TokenScopes, start: number): number {
  const from = scopes.clauseStart[start]!;
  for (let k = start - 1; k >= from; k--) {
    const word = tokens[k]!.norm;
    if (HEADS.has(word)) return tokens[k - 1]?.norm === 'lived' || experienceToGain(tokens, k) ? -1 : k;
    if (OWNERS.has(word) || notADurationOfExperience(tokens, k)) return -1;
    if (ING.test(word) && !PLACING.has(word)) return -1;
  }
  return -1;
}
