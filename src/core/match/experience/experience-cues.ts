import type { Token } from '../../text/tokenise';
import { professionsNamed } from '../../taxonomy/profession-words';
import type { TokenScopes } from '../clauses';
import { experiencedOutOfReach } from './experienced-reach';
import { settingWithoutExperience } from './setting-cue';
import { notADurationOfExperience } from './time-not-experience';
import { experienceToGain } from './experience-to-gain';

/** The forms of "work" that cue experience ("working in acute care", "two years' work in …"). */
const WORK = new Set(['work', 'working', 'worked']);
/** Words before "work" that make it work to be done in the post, not work done before: "you will work in …". */
const TO_BE_DONE = new Set(['will', 'shall']);

/** Nouns "working" describes rather than cues work done before: "a working knowledge of", "flexible working hours". */
const WORKING_AS_ADJECTIVE = new Set([
  'knowledge',
  'understanding',
  'relationship',
  'relationships',
  'practice',
  'practices',
  'pattern',
  'patterns',
  'hours',
  'arrangements',
  'environment',
  'conditions',
  'culture',
  'day',
  'week',
  'group',
  'groups',
  'party',
  'parties',
  'life',
  'lives',
]);

/** Determiners before "work" that make it the work of a service or team: "the work of the unit". */
const THE_WORK = new Set(['the', 'our', 'its']);
/** Words before "experience" that make it the experience of the people served: "improve the patient experience". */
const THEIRS = new Set([
  'patient',
  'patients',
  'customer',
  'customers',
  'user',
  'users',
  'client',
  'clients',
  'visitor',
]);

/** Links after "working" whose object, opened by "our", is the employer's: "working with our ward teams". */
const ALONGSIDE = new Set(['with', 'alongside', 'within', 'in', 'across']);
const employersOwn = (tokens: readonly Token[], at: number) =>
  ALONGSIDE.has(tokens[at]?.norm ?? '') && tokens[at + 1]?.norm === 'our';

/**
 * Whether the word at `i`, a cue for experience, is not one: "social work" names a profession, not work
 * done; a duty ("To work across the surgical wards", "you will work in the community") is the post's
 * work, not the applicant's experience, and so is an infinitive after an ability or a willingness ("able to
 * work in primary care", "willing to work in the community"): the labels give no experience there.
 * "The patient experience" is the experience of the people served, not the applicant's. A word of time that is not
 * time spent working ("this year", "12 month fixed term") is no cue either, nor is
 * a setting named in a clause that asks for no experience (match/experience/setting-cue), nor experience the post
 * offers ("you will gain experience of working in …", match/experience/experience-to-gain).
 */
export function notAnExperienceCue(tokens: readonly Token[], i: number, scopes?: TokenScopes): boolean {
  const word = tokens[i]!.norm;
  if (notADurationOfExperience(tokens, i) || experienceToGain(tokens, i)) return true;
  if (scopes && settingWithoutExperience(tokens, scopes, i)) return true;
  if (word === 'experience' && THEIRS.has(tokens[i - 1]?.norm ?? '')) return true;
  if (!WORK.has(word)) return false;
  // "a working knowledge of …", "flexible working hours": "working" describes the noun after it.
  if (word === 'working' && WORKING_AS_ADJECTIVE.has(tokens[i + 1]?.norm ?? '')) return true;
  const before = tokens[i - 1]?.norm;
  if (before === undefined) return false;
  if (word === 'work' && (TO_BE_DONE.has(before) || before === 'to')) return true;
  // "the work of the service", "contribute to the work and development of …": a service's work, not the applicant's.
  if (word === 'work' && THE_WORK.has(before)) return true;
  // "hard working" is a quality; "working with our … team" is the post's work beside the employer's people.
  if (before === 'hard' || (word === 'working' && employersOwn(tokens, i + 1))) return true;
  return professionsNamed([before, word]) !== null;
}

/**
 * Whether the word at `i` is no cue for an experience phrase starting at `start` (match/experience/experienced-reach
 * too).
 */
export const notACueFor = (tokens: readonly Token[], i: number, scopes: TokenScopes, start: number): boolean =>
  notAnExperienceCue(tokens, i, scopes) || experiencedOutOfReach(tokens, i, start);
