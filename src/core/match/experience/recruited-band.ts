import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { normsOf } from '../../text/word-norms';

const BAND_LEVEL = EXPERIENCE_FRAMES.bandId;

/** Words of recruiting: the band right after them, with its role, is the post on offer. */
const RECRUITING = normsOf([
  'recruit',
  'recruiting',
  'seeking',
  'seek',
  'looking',
  'appoint',
  'appointing',
  'require',
  'requires',
  'want',
  'welcome',
  'employ',
  'hire',
]);
/** Words that say the band is one the applicant has held: "experienced Band 6 nurses", "nurses currently at Band 5". */
const HELD = normsOf([
  ...EXPERIENCE_FRAMES.heads,
  'working',
  'work',
  'currently',
  'current',
  'previous',
  'previously',
  'existing',
  'established',
  'at',
  'as',
  'of',
  'from',
]);
/** Words that end the band's noun phrase before a role is named: "Band 6 with some experience". */
const PHRASE_ENDS = normsOf([...EXPERIENCE_FRAMES.stops, ...EXPERIENCE_FRAMES.links, 'level', 'post', 'role']);
/** Nouns of the people recruited at a band. */
const ROLES = normsOf([
  ...EXPERIENCE_FRAMES.practitioners,
  ...EXPERIENCE_FRAMES.careRoles,
  'staff',
  'individual',
  'individuals',
  'candidate',
  'candidates',
]);
/** How many words ("Registered Mental Health") may stand between the band and its role. */
const MAX_ROLE_WORDS = 4;
const BAND_NUMBER = /^(?:[2-9]|8[a-d])$/;
const BAND_LIST = new Set(['and', 'or', 'to']);

/**
 * "We are looking for a Band 5 ward nurse with experience of …", "seeking Band 6 Health Visitors": a band
 * read with the role it qualifies, after a word of recruiting and before any word saying the band was held, is
 * the post's own band, not experience at it; the experience the sentence asks for is of something else.
 * "An experienced Band 6 nurse", "currently working as a Band 5" and "at band 6 level" keep it.
 */
export function withoutRecruitedBands(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.filter(
    (span) => !span.every((c) => c.terminal.skillId === BAND_LEVEL && isRecruited(tokens, scopes, c)),
  );
}

function isRecruited(tokens: readonly Token[], scopes: TokenScopes, c: Candidate): boolean {
  const at = tokens.findIndex((t, k) => k >= c.start && k < c.end && t.norm === 'band');
  // The bare band, or "Band 5 level"; "band 6 experience" and "a band 6 post" are read by other words.
  const level = tokens[at + 2]?.norm === 'level' ? 1 : 0;
  if (at < 0 || !bandAt(tokens, at) || c.end > at + 2 + level) return false;
  // "Band 5 or Band 6", "band 6 and band 7": what comes before and after the list is said of each band.
  let band = at;
  while (BAND_LIST.has(tokens[band - 1]?.norm ?? '') && bandAt(tokens, band - 3)) band -= 3;
  let last = at;
  while (BAND_LIST.has(tokens[last + 2]?.norm ?? '') && bandAt(tokens, last + 3)) last += 3;
  // The last word of recruiting before the band, with no word between them saying the band was held.
  let recruiting = band - 1;
  while (recruiting >= scopes.clauseStart[band]! && !RECRUITING.has(tokens[recruiting]!.norm)) recruiting--;
  if (recruiting < scopes.clauseStart[band]!) return false;
  // "seeking therapists at Band 6 level", "a Podiatrist (Band 6)": the people recruited, then the band they come at.
  const before = tokens[band - 1]?.norm === 'at' ? band - 2 : band - 1;
  const role = before > recruiting && ROLES.has(tokens[before]!.norm) ? before : band;
  for (let k = recruiting + 1; k < role; k++) if (HELD.has(tokens[k]!.norm)) return false;
  if (role < band) return true;
  let k = last + 2;
  const inPhrase = (j: number) => j < tokens.length && !PHRASE_ENDS.has(tokens[j]!.norm) && !ROLES.has(tokens[j]!.norm);
  while (k < last + 2 + MAX_ROLE_WORDS && inPhrase(k) && scopes.segment[k] === scopes.segment[last]) k++;
  return ROLES.has(tokens[k]?.norm ?? '') && scopes.clause[k] === scopes.clause[last];
}

const bandAt = (tokens: readonly Token[], k: number) =>
  tokens[k]?.norm === 'band' && BAND_NUMBER.test(tokens[k + 1]?.norm ?? '');
