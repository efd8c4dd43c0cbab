import type { Matcher } from '../../taxonomy/compile';
import { readingsOf } from '../../taxonomy/vocabulary';
import { isLetters } from '../../text/letters';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { findCandidates, type Candidate } from '../find-candidates';

/**
 * Modifiers after an indefinite article say what kind ("a busy team"), and so do they after a possessive ("develop
 * your critical care skills"); after "the" they name the one meant.
 */
const KIND_OPENERS = new Set(['a', 'an', 'your', 'their', 'my']);
export const ARTICLES: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'our',
  'their',
  'your',
  'his',
  'her',
  'its',
  'this',
]);
/** Words that end a noun's modifiers: what follows them is not the same noun phrase. */
const NOT_MODIFIERS = new Set(
  'and or of to in into with within for as at on by from who which that is are be will not but including such e eg ie'.split(
    ' ',
  ),
);
/** The most modifiers passed over: "a large, busy multi-disciplinary team". */
const MAX_MODIFIERS = 3;
/** The skills read past modifiers: the applicant's ways of working, not registers, courses or experience. */
const CATEGORIES: ReadonlySet<string> = new Set(['leadership', 'communication', 'values']);
/**
 * The skills read past modifiers that follow a word of their phrase itself ("under considerable pressure", "build
 * strong trusted relationships", "high personal standards"): qualities and ways of communicating, whose phrases
 * keep their sense whatever qualifies their noun.
 */
const QUALITY_CATEGORIES: ReadonlySet<string> = new Set(['communication', 'values']);
/**
 * The modifiers read past inside such a phrase: words that grade or praise ("strong", "considerable"), never a
 * noun that names another kind of the thing ("customer care", "telephone manner", "public health nursing").
 */
const GRADING = new Set(
  (
    'strong stronger good great excellent effective positive close trusted trusting productive professional personal ' +
    'considerable significant extreme intense constant high very highly real genuine mutual meaningful lasting ' +
    'constructive successful sound solid robust appropriate open honest respectful supportive sustained'
  ).split(' '),
);
/**
 * The skills whose noun may have three modifiers besides the "and" joining two of them: the people or things the
 * applicant leads, and the care given. A team the post offers is described at such length, not asked for.
 */
const LISTED: ReadonlySet<string> = new Set(['leadership', 'clinical']);
/**
 * The one skill whose noun may have a fourth modifier: a leader is described at length ("a confident, visible,
 * approachable and supportive clinical leader"); other nouns so described are mostly what a post offers.
 */
const LONG_DESCRIBED = 'lead-leadership';
/** Words read on either side of the modifiers. */
const REACH = 4;

/**
 * A phrase of the taxonomy with words that qualify its noun between the article and the noun ("leading a
 * large multidisciplinary team", "managing a busy team", "working as part of a small team") is the phrase:
 * the modifiers are read past. A skill the modifiers name with the noun ("a multidisciplinary team") is
 * the more specific one of its kind: a skill of the same category as theirs is not added beside it, nor
 * anything beside a specialty they name ("working in a community mental health team" is that experience).
 */
export function withModifiersPassedOver(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  let out = spans as Candidate[][];
  for (let d = 1; d < tokens.length - 2; d++) {
    const afterArticle = KIND_OPENERS.has(tokens[d]!.norm) && matcher.trie.words.has(tokens[d - 1]!.norm);
    if (!afterArticle && !opensModifiers(matcher, tokens, d)) continue;
    const categories = afterArticle ? CATEGORIES : QUALITY_CATEGORIES;
    const modifierAt = (k: number) =>
      isModifier(tokens, scopes, d, k) && (afterArticle || GRADING.has(tokens[k]!.norm));
    out = withPhraseAcrossModifiers(matcher, tokens, out, d, categories, modifierAt);
  }
  return out;
}

/**
 * The spans with the phrase that token `d` makes with a noun after up to MAX_MODIFIERS words `modifierAt` accepts
 * (two of them may be joined by "and": "a large and varied team", never `d` to one; the "and" is one of them but for
 * the LISTED skills), the nearest such noun first;
 * as they are when no phrase of `categories` is made across them, or the phrase is named there already.
 */
export function withPhraseAcrossModifiers(
  matcher: Matcher,
  tokens: readonly Token[],
  spans: Candidate[][],
  d: number,
  categories: ReadonlySet<string>,
  modifierAt: (k: number) => boolean,
): Candidate[][] {
  // For what the applicant leads or does in care, the "and" joining two modifiers is not one of them: "a calm,
  // kind and capable leader" has three.
  let joins = 0;
  for (let y = d + 2; y <= d + 2 + MAX_MODIFIERS + joins && y < tokens.length; y++) {
    const joining = y - 1 > d + 1 && tokens[y - 1]!.norm === 'and';
    if (joining && joins++ > 0) break;
    if (!joining && !modifierAt(y - 1)) break;
    // Only a noun some phrase of the taxonomy has is worth a reading across.
    if (joining || !matcher.trie.words.has(tokens[y]!.norm)) continue;
    const within = y <= d + 1 + MAX_MODIFIERS ? categories : new Set([...categories].filter((c) => LISTED.has(c)));
    const found = within.size > 0 ? phraseAcross(matcher, tokens, d, y, within) : null;
    if (found && y > d + 1 + MAX_MODIFIERS + joins && found.terminal.skillId !== LONG_DESCRIBED) continue;
    if (found && !namedAlready(matcher, spans, found, d + 1, y)) return withCandidate(spans, found);
  }
  return spans;
}

/** A word of the taxonomy followed by a modifier, which may stand between the words of a phrase. */
const opensModifiers = (matcher: Matcher, tokens: readonly Token[], d: number): boolean =>
  !ARTICLES.has(tokens[d]!.norm) && GRADING.has(tokens[d + 1]!.norm) && matcher.trie.words.has(tokens[d]!.norm);

/** A word qualifying the noun; with `named`, also a capitalised one naming the thing, where that is no matter. */
export const isModifier = (tokens: readonly Token[], scopes: TokenScopes, article: number, k: number, named = false) =>
  scopes.clause[k] === scopes.clause[article] &&
  scopes.phraseBreak[k] !== 1 &&
  scopes.phraseBreak[k + 1] !== 1 &&
  isLetters(tokens[k]!.raw) &&
  // A capital names the thing ("the Medicines Management team", "the General Medical Council").
  (named || tokens[k]!.raw === tokens[k]!.raw.toLowerCase()) &&
  !NOT_MODIFIERS.has(tokens[k]!.norm) &&
  !ARTICLES.has(tokens[k]!.norm);

/** The longest taxonomy phrase over the words before the article, the article, and the noun on. */
function phraseAcross(
  matcher: Matcher,
  tokens: readonly Token[],
  article: number,
  noun: number,
  categories: ReadonlySet<string>,
): Candidate | null {
  const from = Math.max(0, article - REACH);
  const words = [...tokens.slice(from, article + 1), ...tokens.slice(noun, noun + REACH)];
  const junction = article + 1 - from;
  const n = words.length;
  const scopes: TokenScopes = {
    clause: new Int32Array(n),
    clauseStart: new Int32Array(n),
    clauseEnd: new Int32Array(n).fill(n),
    segment: new Int32Array(n),
    phraseBreak: new Uint8Array(n),
  };
  const readings = words.map((t) => {
    const r = readingsOf(matcher.vocabulary, t.norm);
    return r.length > 0 ? r : undefined;
  });
  let best: Candidate | null = null;
  for (const c of findCandidates(matcher, words, scopes, readings)) {
    if (c.terminal.skillId === null || c.start >= junction || c.end <= junction) continue;
    if (!categories.has(matcher.skills.get(c.terminal.skillId)?.category ?? '')) continue;
    if (best && c.end - c.start <= best.end - best.start) continue;
    best = c;
  }
  if (!best) return null;
  const at = (i: number) => (i < junction ? from + i : noun + (i - junction));
  const skipped = noun - article - 1;
  const read: Candidate = {
    ...best,
    start: at(best.start),
    end: at(best.end - 1) + 1,
    cue: best.cue >= 0 ? at(best.cue) : best.cue,
    because: `past ${skipped === 1 ? 'a word' : 'words'} qualifying its noun`,
  };
  if (best.readAs) read.readAs = best.readAs.map(([i, word]) => [at(i), word] as const);
  return read;
}

/** Whether the skill is named over these words already, or the modifiers name one of its kind with the noun. */
function namedAlready(matcher: Matcher, spans: readonly Candidate[][], found: Candidate, first: number, noun: number) {
  const id = found.terminal.skillId!;
  const category = matcher.skills.get(id)?.category;
  return spans.some((span) => {
    const { start, end } = span[0]!;
    if (start >= found.end || end <= found.start) return false;
    if (span.some((c) => c.terminal.skillId === id)) return true;
    if (start < first || start >= noun) return false;
    // "Working in a community mental health team" is experience of the specialty its modifiers name.
    const kinds = span.map((c) => matcher.skills.get(c.terminal.skillId!)?.category);
    return kinds.some((kind) => kind === category || kind === 'experience' || kind === 'clinical');
  });
}

/**
 * The spans with the candidate: as a span of its own over the words up to the span it overlaps ("leading a
 * large" beside "multidisciplinary team"), or in that span, over its words, when it starts no earlier.
 */
function withCandidate(spans: readonly Candidate[][], found: Candidate): Candidate[][] {
  const at = spans.findIndex((span) => span[0]!.start < found.end && span[0]!.end > found.start);
  const own = (c: Candidate) => [...spans, [c]].sort((a, b) => a[0]!.start - b[0]!.start);
  if (at < 0) return own(found);
  const span = spans[at]!;
  if (found.start < span[0]!.start && !spans.some((s) => s[0]!.start < span[0]!.start && s[0]!.end > found.start)) {
    return own({ ...found, end: span[0]!.start });
  }
  const joined = { ...found, start: span[0]!.start, end: span[0]!.end };
  return spans.map((s, k) => (k === at ? [...s, joined] : s));
}
