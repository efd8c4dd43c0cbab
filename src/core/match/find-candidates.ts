import type { Matcher, Terminal } from '../taxonomy/compile';
import { childOf, endsAt, ROOT } from '../taxonomy/word-trie';
import type { TokenScopes } from './clauses';
import { VERBS_AFTER_PRONOUN } from '../text/common-words';
import { notACueFor } from './experience/experience-cues';
import { fragmentCue } from './experience/fragment-cue';
import { distantExperienceHead } from './experience/distant-experience';
import { phraseAt } from './phrase-finder';
import { nearestGap, ruledOutByNearer } from './phrasing/nearest-head';
import { idiomTokens } from './words/idioms';
import { tokenise, type Token } from '../text/tokenise';
import { hasLetter } from '../text/letters';

/**
 * A taxonomy phrase found at tokens [start, end), accepted by its rule; `cue` is where the cue it
 * needed was found (tokens [cue, cue + cueLength)), -1 when it needed none; `readAs` the words read
 * as another taxonomy word on the way ("led" as "lead"), by token. The explanation is written only for
 * the phrases kept (`explain`).
 */
export type Candidate = {
  start: number;
  end: number;
  terminal: Terminal;
  cue: number;
  cueLength: number;
  readAs?: ReadonlyArray<readonly [token: number, word: string]>;
  /** Why a skill the phrase does not name itself was read from it ("named with the nursing field"). */
  because?: string;
  /** Read with the head noun its list shares ("teaching [qualification]"): more of the text than the word alone. */
  withHead?: boolean;
  /** The verb a list of objects shares, when the phrase was read with it ("leading [and managing] a team"). */
  sharedVerb?: number;
  /** The whole explanation, for a skill read from the shape of the sentence rather than a phrase. */
  explanation?: string;
};

const REJECTED = -2;
/** Rejected by a word of its `unless` list: the rules read the phrase and ruled its skill out here. */
const RULED_OUT = -3;
const NO_CUE = -1;

/**
 * Walks the trie from every word (matchText first compiles the phrases the words can reach): the work is
 * proportional to the words of the text times the depth reached (a few words), whatever the number of skills.
 * A word outside the taxonomy's vocabulary may also be walked as each of its `readings`, inside a
 * phrase of two words or more.
 */
export function findCandidates(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  readings: ReadonlyArray<readonly string[] | undefined> = [],
  /** Per token, the head noun a list of modifiers shares ("training" → "experience"), else -1. */
  heads?: Int32Array,
  /** Filled, per skill, with the tokens of phrases that named it but whose context ruled it out. */
  ruledOut?: Map<string, Set<number>>,
  /** Per token, the verb a list of objects shares ("providing supervision and [providing] training"), else -1. */
  verbs?: Int32Array,
): Candidate[] {
  const { trie } = matcher;
  const words = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = trie.words.get(tokens[i]!.norm) ?? -1;
  const candidates: Candidate[] = [];
  const idioms = idiomTokens(tokens);
  const found = (start: number, end: number, node: number, readAs: Candidate['readAs']) => {
    // The "record" of a "track record" names no record keeping.
    if (idioms[start] === 1) return;
    for (const terminal of endsAt(trie, node) ?? []) {
      const cue = accept(terminal, tokens, start, end, scopes, idioms);
      if (cue === RULED_OUT && ruledOut) {
        const at = ruledOut.get(terminal.skillId!) ?? new Set<number>();
        for (let k = start; k < end; k++) at.add(k);
        ruledOut.set(terminal.skillId!, at);
      }
      if (cue === REJECTED || cue === RULED_OUT) continue;
      const candidate: Candidate = { start, end, terminal, cue, cueLength: cue >= 0 ? cueLength : 0 };
      if (readAs) candidate.readAs = readAs;
      candidates.push(candidate);
    }
  };
  for (let start = 0; start < tokens.length; start++) {
    const verb = verbs?.[start] ?? -1;
    if (verb >= 0) foundWithVerb(start, verb);
    let node = ROOT;
    for (let end = start + 1; end <= tokens.length; end++) {
      if (end - 1 > start && scopes.phraseBreak[end - 1] === 1) break;
      const alternatives = readings[end - 1];
      if (alternatives) walkReadings(end - 1, node, start, []);
      const word = words[end - 1]!;
      node = word < 0 ? -1 : childOf(trie, node, word);
      if (node < 0) break;
      found(start, end, node, undefined);
      const head = heads?.[end - 1] ?? -1;
      if (head >= 0 && words[head]! >= 0) foundWithHead(start, end, childOf(trie, node, words[head]!), head);
    }
  }
  return candidates;

  /** "supervision [and training] experience": the phrase ends on the head the list shares. */
  function foundWithHead(start: number, end: number, node: number, head: number) {
    if (node < 0) return;
    const before = candidates.length;
    found(start, end, node, undefined);
    for (let k = before; k < candidates.length; k++) {
      candidates[k]!.because = `with "${tokens[head]!.raw}", which the list shares`;
      candidates[k]!.withHead = true;
    }
  }

  /** "providing supervision and [providing] training": the phrase starts on the verb the list shares. */
  function foundWithVerb(start: number, verb: number) {
    // "managed" is read as "manage": a verb outside the vocabulary is walked as its readings.
    const forms = words[verb]! >= 0 ? [words[verb]!] : (readings[verb] ?? []).map((r) => trie.words.get(r) ?? -1);
    for (const form of forms) if (form >= 0) walkFromVerb(start, verb, childOf(trie, ROOT, form));
  }

  function walkFromVerb(start: number, verb: number, from: number) {
    let node = from;
    // Its "of" goes with it: "management of staff, budgets …", "management and development of a laboratory".
    const of = tokens[verb + 1]!.norm === 'of' ? verb + 1 : tokens[start - 1]?.norm === 'of' ? start - 1 : -1;
    if (node >= 0 && of >= 0) node = words[of]! < 0 ? -1 : childOf(trie, node, words[of]!);
    for (let end = start + 1; end <= tokens.length && node >= 0; end++) {
      if (end - 1 > start && scopes.phraseBreak[end - 1] === 1) break;
      node = words[end - 1]! < 0 ? -1 : childOf(trie, node, words[end - 1]!);
      if (node < 0) break;
      const before = candidates.length;
      found(start, end, node, undefined);
      for (let k = before; k < candidates.length; k++) {
        candidates[k]!.because = `with "${tokens[verb]!.raw}", which the list shares`;
        candidates[k]!.withHead = true;
        candidates[k]!.sharedVerb = verb;
      }
    }
  }

  /** The walk on from `node` with token `at` read as each of its readings (rarely more than one word). */
  function walkReadings(at: number, node: number, start: number, readAs: Array<readonly [number, string]>) {
    for (const reading of readings[at]!) {
      const word = trie.words.get(reading);
      const next = word === undefined ? -1 : childOf(trie, node, word);
      if (next < 0) continue;
      const path = [...readAs, [at, reading] as const];
      // A word read as another never makes a phrase alone: "adapted vehicle" is not "adapt".
      if (at > start) found(start, at + 1, next, path);
      let inner = next;
      for (let end = at + 2; end <= tokens.length; end++) {
        if (scopes.phraseBreak[end - 1] === 1) break;
        if (readings[end - 1]) {
          walkReadings(end - 1, inner, start, path);
        }
        const w = words[end - 1]!;
        inner = w < 0 ? -1 : childOf(trie, inner, w);
        if (inner < 0) break;
        found(start, end, inner, path);
      }
    }
  }
}

/** The length of the cue the last accepted phrase needed (set by accept, read at once). */
let cueLength = 0;

/**
 * Whether the phrase at [start, end) names its skill here: REJECTED when the context rules it out,
 * else where its cue is (NO_CUE when it needs none).
 */
function accept(
  terminal: Terminal,
  tokens: readonly Token[],
  start: number,
  end: number,
  scopes: TokenScopes,
  idioms: Uint8Array,
): number {
  if (terminal.skillId === null) return NO_CUE;
  const { needs, unless } = terminal.rule;
  if (terminal.exactCase) {
    for (let k = 0; k < terminal.exactCase.length; k++) {
      const required = terminal.exactCase[k];
      if (required !== null && tokens[start + k]!.raw !== required) return REJECTED;
    }
    if (terminal.wordLike && (inCapitals(tokens, start, end, scopes) || verbFollows(tokens, end, scopes)))
      return REJECTED;
  }
  const from = scopes.clauseStart[start]!;
  const to = scopes.clauseEnd[start]!;
  const lo = Math.max(from, start - terminal.rule.window);
  const hi = Math.min(to, end + terminal.rule.window);
  if (unless && ruledOut(terminal, tokens, scopes, idioms, start, end, lo, hi)) return RULED_OUT;
  if (!needs) return NO_CUE;
  for (const phrase of needs) {
    for (let i = lo; i < hi; i++) {
      if (i >= start && i < end) continue;
      if (wordsWithin(tokens, idioms, phrase, i, i + 1)) {
        if (terminal.rule.cueKind === 'experience' && notACueFor(tokens, i, scopes, start)) continue;
        cueLength = phrase.length;
        return i;
      }
    }
  }
  if (terminal.rule.cueKind === 'experience') {
    // The rest of an ask broken off by its level, else an ask for experience whose object runs to the phrase.
    const opener = fragmentCue(tokens, scopes, start, terminal.rule.window);
    const head = opener >= 0 ? opener : distantExperienceHead(tokens, scopes, start);
    if (head >= 0) {
      cueLength = 1;
      return head;
    }
  }
  return REJECTED;
}

/**
 * Whether a word of the rule's `unless` list in the clause rules the phrase out. For a phrase that needs
 * an experience cue, only when it is at least as near as the cue (nearest-head): a specialty belongs to
 * the nearer of the experience and the course the clause names.
 */
function ruledOut(
  terminal: Terminal,
  tokens: readonly Token[],
  scopes: TokenScopes,
  idioms: Uint8Array,
  start: number,
  end: number,
  lo: number,
  hi: number,
): boolean {
  const from = scopes.clauseStart[start]!;
  const to = scopes.clauseEnd[start]!;
  const { needs, unless, cueKind } = terminal.rule;
  if (!unless || !unless.some((phrase) => wordsWithin(tokens, idioms, phrase, from, to))) return false;
  if (!needs || cueKind !== 'experience') return true;
  const idiom = (at: number) => idioms[at] === 1;
  const notCue = (at: number) => (at >= start && at < end) || idiom(at) || notACueFor(tokens, at, scopes, start);
  const unlessGap = nearestGap(tokens, unless, start, end, from, to, idiom);
  const cueGap = nearestGap(tokens, needs, start, end, lo, hi, notCue);
  return ruledOutByNearer(unlessGap, cueGap);
}

/** Whether the phrase starts inside [from, to), on a word of its own, not the later word of an idiom. */
function wordsWithin(
  tokens: readonly Token[],
  idioms: Uint8Array,
  phrase: readonly string[],
  from: number,
  to: number,
) {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    if (idioms[i] !== 1 && phraseAt(tokens, i, phrase)) return true;
  }
  return false;
}

/** Why a kept phrase names its skill: the words, spelling allowances and the cue, for "Why?". */
export function explain(candidate: Candidate, tokens: readonly Token[]): string {
  const { terminal, start, cue } = candidate;
  if (terminal.skillId === null) return 'stop phrase';
  if (candidate.explanation) return candidate.explanation;
  const read = candidate.readAs?.map(([at, word]) => ` reading "${tokens[at]!.raw}" as "${word}"`).join(',') ?? '';
  const because = candidate.because ? `, ${candidate.because}` : '';
  const base = describe(terminal, tokens, start, !!terminal.rule.needs) + read + because;
  if (cue < 0) return base;
  const words = tokens
    .slice(cue, cue + candidate.cueLength)
    .map((t) => t.raw)
    .join(' ');
  const kind = terminal.rule.cueKind ? `${terminal.rule.cueKind} ` : '';
  return `${base} with the ${kind}cue "${words}" nearby`;
}

function describe(terminal: Terminal, tokens: readonly Token[], start: number, cued: boolean): string {
  if (terminal.exactCase) return `abbreviation "${terminal.variant}" (exact case)`;
  if (cued) return `"${terminal.variant}"`;
  const written = tokenise(terminal.variant);
  const folded = written.some(
    (w, k) => tokens[start + k]?.raw.toLowerCase().replace(/’/g, "'") !== w.raw.toLowerCase(),
  );
  return folded
    ? `phrase "${terminal.variant}", allowing for spelling and plural forms`
    : `phrase "${terminal.variant}"`;
}

/** "IT IS ESSENTIAL": the neighbouring words are capitals too, so capitals say nothing. */
function inCapitals(tokens: readonly Token[], start: number, end: number, scopes: TokenScopes): boolean {
  const from = Math.max(scopes.clauseStart[start]!, start - 2);
  const to = Math.min(scopes.clauseEnd[start]!, end + 2);
  let neighbours = 0;
  for (let i = from; i < to; i++) {
    if (i >= start && i < end) continue;
    const raw = tokens[i]!.raw;
    if (!hasLetter(raw)) continue;
    if (raw !== raw.toUpperCase() || raw.length < 2) return false;
    neighbours++;
  }
  return neighbours > 0;
}

const verbFollows = (tokens: readonly Token[], end: number, scopes: TokenScopes) =>
  end < scopes.clauseEnd[end - 1]! && VERBS_AFTER_PRONOUN.has(tokens[end]!.norm);
