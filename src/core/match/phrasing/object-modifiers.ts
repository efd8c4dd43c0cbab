import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { ARTICLES, isModifier, withPhraseAcrossModifiers } from './modifiers-between';

/**
 * The skills read past the modifiers of a verb's object: what the applicant leads, manages, develops or teaches, and
 * the care the applicant gives ("formulating realistic written plans", "managing serious risks").
 */
const CATEGORIES: ReadonlySet<string> = new Set(['leadership', 'clinical']);
/**
 * Modifiers naming the people cared for say who is taught, helped or treated, not what kind of thing is led:
 * "providing patient education" is not teaching staff, "managing children and young people" not line management.
 */
const PEOPLE_CARED_FOR = new Set(
  (
    'patient patients parent parents carer carers family families client clients user users public ' +
    'child children young older elderly vulnerable'
  ).split(' '),
);

/** Words before a verb's base form: "to manage", "lead and develop". */
const BEFORE_BASE_FORM = new Set(['to', 'and', 'or']);
/**
 * Words that point at the one object meant ("lead our team", "develop this service", "manage the Histology team"):
 * read past before its modifiers, which may then be its name, capitals and all.
 */
const POINTERS = new Set('the our their your this his her its'.split(' '));
/**
 * Developing one's own people ("develop your staff", "developing their team") is a manager's care for them, not the
 * teaching that developing staff in general is: a possessive is not read past after a verb of developing.
 */
const POSSESSIVES = new Set('our their your his her its'.split(' '));
const DEVELOPING = /^develop(s|ed|ing)?$/;
/** Words that point at or count the object rather than say what kind it is: "develop these skills", "manage others". */
const DETERMINERS = new Set('these those that all some any each every other others own further such'.split(' '));

/**
 * A phrase of the taxonomy made of a verb in "-ing" and its object, with words that qualify the object between
 * them ("managing clinical staff", "leading complex service change", "delivering bespoke training sessions"), is the
 * phrase: the modifiers are read past, as after an article (modifiers-between). Not where the verb already makes a
 * phrase with the next word ("managing projects, leading …"), nor where it is an adjective after an article ("a
 * developing service"), nor past a second verb ("developing self and supporting others").
 */
export function withObjectModifiersPassedOver(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  let out = spans as Candidate[][];
  for (let d = 0; d < tokens.length - 2; d++) {
    if (!opensObject(matcher, tokens, scopes, out, d)) continue;
    // "leading complex and diverse teams": two modifiers joined by "and".
    out = withPhraseAcrossModifiers(matcher, tokens, out, d, CATEGORIES, (k) => objectWord(tokens, scopes, d, k));
  }
  // "managing and leading [multiple] teams": the first of two joined verbs has the second's object, read once the
  // second's phrase is.
  for (let d = 0; d < tokens.length - 2; d++) {
    const second = joinedVerb(matcher, tokens, scopes, d);
    if (second < 0 || !objectWord(tokens, scopes, second, second + 1)) continue;
    const modifier = (k: number) => k <= second || objectWord(tokens, scopes, second, k);
    out = withPhraseAcrossModifiers(matcher, tokens, out, d, CATEGORIES, modifier);
  }
  return out;
}

/** A word of the object before its noun: a pointer right after the verb, or a modifier (a name after a pointer). */
function objectWord(tokens: readonly Token[], scopes: TokenScopes, verb: number, k: number): boolean {
  const pointer = verb + 1;
  const pointed =
    POINTERS.has(tokens[pointer]?.norm ?? '') &&
    !(POSSESSIVES.has(tokens[pointer]!.norm) && DEVELOPING.test(tokens[verb]!.norm)) &&
    scopes.clause[pointer] === scopes.clause[verb] &&
    scopes.phraseBreak[pointer] !== 1 &&
    scopes.phraseBreak[pointer + 1] !== 1;
  if (k === pointer && pointed) return true;
  return objectModifier(tokens, scopes, verb, k, pointed);
}

/** The second of two verbs of phrases joined by "and" or "or" after verb `d` ("managing and leading"), else -1. */
function joinedVerb(matcher: Matcher, tokens: readonly Token[], scopes: TokenScopes, d: number): number {
  const second = d + 2;
  if (second >= tokens.length || !BEFORE_BASE_FORM.has(tokens[d + 1]!.norm) || tokens[d + 1]!.norm === 'to') return -1;
  if (scopes.clause[second] !== scopes.clause[d] || (d > 0 && ARTICLES.has(tokens[d - 1]!.norm))) return -1;
  const verb = (k: number) => isVerbOfPhrase(matcher, tokens[k]!.norm, tokens[k - 1]?.norm);
  return verb(d) && verb(second) ? second : -1;
}

/** A taxonomy word in "-ing", used as a verb, whose next word qualifies its object rather than completing a phrase. */
function opensObject(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
  d: number,
): boolean {
  if (!isVerbOfPhrase(matcher, tokens[d]!.norm, tokens[d - 1]?.norm)) return false;
  if (d > 0 && ARTICLES.has(tokens[d - 1]!.norm)) return false;
  if (spans.some((span) => span[0]!.start <= d && span[0]!.end > d + 1)) return false;
  return objectWord(tokens, scopes, d, d + 1);
}

/**
 * A word of the taxonomy's phrases in "-ing" ("managing"), or its base form after "to" or a conjunction ("able to
 * manage", "lead and develop") whose "-ing" form the phrases have too: a verb, not a noun ("team", "change"), nor
 * one after "will" ("we will provide full training" is offered).
 */
function isVerbOfPhrase(matcher: Matcher, word: string, before: string | undefined): boolean {
  const words = matcher.trie.words;
  if (!words.has(word)) return false;
  if (word.endsWith('ing')) return true;
  if (!before || !BEFORE_BASE_FORM.has(before)) return false;
  return words.has(`${word}ing`) || (word.endsWith('e') && words.has(`${word.slice(0, -1)}ing`));
}

/**
 * A word that qualifies the verb's object. Not a piece of a word glued to the next ("psycho|education" is
 * psychoeducation, a treatment, not a kind of education the applicant delivers to staff).
 */
const objectModifier = (tokens: readonly Token[], scopes: TokenScopes, verb: number, k: number, named = false) =>
  isModifier(tokens, scopes, verb, k, named) &&
  tokens[k]!.end !== tokens[k + 1]?.start &&
  !tokens[k]!.norm.endsWith('ing') &&
  !PEOPLE_CARED_FOR.has(tokens[k]!.norm) &&
  !DETERMINERS.has(tokens[k]!.norm);
