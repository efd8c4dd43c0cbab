import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { notADurationOfExperience } from './time-not-experience';

const SETTING = new Set(['setting', 'settings']);
/** Words that ask for experience in a clause (normal forms); durations count where they are time spent. */
const ASKS = new Set([
  'experience',
  'experienced',
  'worked',
  'working',
  'background',
  'previous',
  'previously',
  'exposure',
  'year',
  'years',
  'month',
  'months',
]);
/** A criterion broken off an ask for experience opens with the preference: "preferable in an acute setting". */
const PREFERENCE = new Set(['preferably', 'preferable', 'ideally', 'particularly', 'especially', 'ideal']);

/**
 * Whether "setting" at `i` is no cue for experience: the word names where care is given, and it asks for
 * experience only in a clause that asks for it ("experience of working in a CAMHS setting", "currently working
 * within a learning disabilities setting") or in the rest of one broken off by its level ("preferable in an
 * acute setting"). An understanding, an ability or a passion set there ("an understanding of recovery within an
 * acute setting", "able to work in the hospital and community setting") asks for none.
 */
export function settingWithoutExperience(tokens: readonly Token[], scopes: TokenScopes, i: number): boolean {
  if (!SETTING.has(tokens[i]!.norm)) return false;
  const from = scopes.clauseStart[i]!;
  const to = scopes.clauseEnd[i]!;
  if (PREFERENCE.has(tokens[from]!.norm)) return false;
  for (let k = from; k < to; k++) {
    if (k === i || !ASKS.has(tokens[k]!.norm)) continue;
    if (tokens[k - 1]?.norm === 'to' || notADurationOfExperience(tokens, k)) continue;
    return false;
  }
  return true;
}
