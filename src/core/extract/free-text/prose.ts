import { hedgedLevel, wordCount, type MarkedLevel } from './levels';
import { closesOnLevel, statedWord, statements } from './level-statements';
import { isRequirement, requirementChance } from './requirement-scorer';
import { askedLevel, requirementLevel } from './requirement-sentence';
import { hedgedCut } from './hedged-part';
import { afterPreamble } from './preamble';
import { REQUIREMENT_NOUN } from './requirement-nouns';

/** `scoredFrom`: a short hedged part ("…, ideally in …") is scored with the words before it, which it completes. */
export type ProseCriterion = { start: number; end: number; level: MarkedLevel; scoredFrom?: number };

const SENTENCE_END =
  /(?<!\b(?:e\.g|i\.e|etc|approx|incl?|Dr|Mr|Mrs|Ms|No|St|vs|cf))[.!?]+(?:\s+|(?=\p{Lu}))(?=[\p{Lu}\d("'‘“•])/gu;
// A semicolon outside brackets ends a clause: one requirement per clause (labelling rule 4).
const CLAUSE_END = /;\s+/g;

/** [start, end) ranges of `text` split where `pattern` matches (the match stays with the range before it). */
function splitAt(text: string, pattern: RegExp, from = 0, to = text.length): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  for (const match of text.slice(from, to).matchAll(pattern)) {
    const end = from + match.index! + match[0].length;
    if (bracketDepth(text, start, end) > 0) continue;
    ranges.push([start, end]);
    start = end;
  }
  if (start < to) ranges.push([start, to]);
  return ranges;
}

function bracketDepth(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return depth;
}

/** Sentences, then their semicolon clauses, as [start, end) ranges: "e.g. the" does not end one. */
export function sentenceRanges(text: string): [number, number][] {
  return splitAt(text, SENTENCE_END).flatMap(([from, to]) => splitAt(text, CLAUSE_END, from, to));
}

/** Sentences only, as [start, end) ranges. */
export const sentencesOf = (text: string): [number, number][] => splitAt(text, SENTENCE_END);

/** The semicolon clauses of text[from, to). */
export const clausesOf = (text: string, from: number, to: number): [number, number][] =>
  splitAt(text, CLAUSE_END, from, to);

const SHORT_HEDGE = 8;
const trimEnd = (text: string) => text.replace(/[\s.;,:!]+$/, '').length;

/** A requirement sentence cut where its level changes: the hedged part is desirable. */
function levelParts(text: string, from: number, to: number, level: MarkedLevel): ProseCriterion[] {
  const hedged = hedgedCut(text, from, to);
  if (!hedged) return [{ start: from, end: from + trimEnd(text.slice(from, to)), level }];
  const before = text.slice(from, hedged.cut);
  const hedgedBefore = /\b(?:ideally|preferabl[ey])\b/i.test(before) || hedgedLevel(before, true) === 'desirable';
  // A sentence read as desirable for its hedge alone asks the rest outright.
  const outright = hedgedBefore || level !== 'desirable' ? level : 'essential';
  const hedgedText = text.slice(hedged.hedgeAt, hedged.hedgeEnd);
  const parts: ProseCriterion[] = [
    { start: from, end: from + trimEnd(before), level: outright },
    {
      start: hedged.hedgeAt,
      end: hedged.hedgeAt + trimEnd(hedgedText),
      level: 'desirable',
      // A long hedged part says enough to be scored alone.
      ...(wordCount(hedgedText) <= SHORT_HEDGE ? { scoredFrom: from } : {}),
    },
  ];
  // "…, ideally in the NHS, and have a calm manner": the requirement after the hedge is at the sentence's level.
  const rest = text.slice(hedged.restAt, hedged.restEnd);
  if (hedged.restAt < hedged.restEnd)
    parts.push({ start: hedged.restAt, end: hedged.restAt + trimEnd(rest), level: outright });
  return parts;
}

// ", but you will also receive …", "…, so you must be patient", "… and will work alongside …": a new clause,
// with its own subject and verb or a verb that shares the sentence's subject.
const SUBJECT = String.raw`(?:you|we|they|he|she|it|there|this|these|our|your|their|the|a|an|all|any)`;
const FINITE = String.raw`(?:will|must|is|are|should|would|can|may|need|needs)`;
const NEW_CLAUSE = String.raw`(?:${SUBJECT}\s+(?:[\w’'-]+\s+){0,3}?${FINITE}\b|(?:we|they)\s+\w+|(?:will|must|should)\s)`;
const CONJUNCTION = new RegExp(
  String.raw`(?:,\s*|\s+)(?:but|and|so|therefore|however,?)\s+(?=${NEW_CLAUSE})|,\s*however\b,?\s*`,
  'gi',
);
const HAS_VERB = new RegExp(String.raw`\b${FINITE}\b`, 'i');
// "… is essential, although full training will be given": a concession opens a clause with its own verb.
const CONCESSION = /(?:,\s*|\s+)(?:although|(?:even\s+)?though)\s+/gi;
const LEVEL_THEN_AND = /\b(?:is|are)\s+(?:an?\s+)?(?:essential|desirable|advantageous|required)\b(\s*,?\s+and\s+)/gi;
const SOMEONE = 'candidate|applicant|post[\\s-]?holder';
const ASKS = '(?:will|must|should|need|would|are|is)';
const APPLICANT_FIRST = new RegExp(
  String.raw`\b(?:you|they|applicants|candidates|the\s+(?:\w+\s+)?(?:${SOMEONE})s?)(?=\s+${ASKS}\b)`,
  'i',
);

// "Good written skills are essential and you must …": a clause that ends on a level word is a requirement of
// its own when the "must" clause after it marks no level (labelling rules 4 and 5).
const ENDS_ON_LEVEL = /\b(?:is|are)\s+(?:an?\s+)?(?:essential|desirable|advantageous)\s*$/i;
const ownLevel = (text: string, [a, b]: [number, number], [c, d]: [number, number]): boolean =>
  ENDS_ON_LEVEL.test(text.slice(a, b)) && !statedWord(text.slice(c, d)) && !hedgedLevel(text.slice(c, d), false);

/** A sentence's clauses: cut at a conjunction that opens a clause of its own, when the part before has a verb. */
export function clauses(text: string, from: number, to: number): [number, number][] {
  const cuts: [number, number][] = [];
  let start = from;
  for (const match of text.slice(from, to).matchAll(CONJUNCTION)) {
    const cut = from + match.index!;
    const before = text.slice(start, cut);
    if (!HAS_VERB.test(before) || before.trim().split(/\s+/).length < 4) continue;
    if (!match[0].startsWith(',') && !/^\s*but\b/i.test(match[0].trim()) && before.split(/\s+/).length < 6) continue;
    cuts.push([cut, cut + match[0].length]);
    start = cut + match[0].length;
  }
  for (const match of text.slice(from, to).matchAll(CONCESSION)) {
    const cut = from + match.index!;
    const next = cut + match[0].length;
    if (HAS_VERB.test(text.slice(from, cut)) && HAS_VERB.test(text.slice(next, to))) cuts.push([cut, next]);
  }
  // "… and effective communication skills are essential": a level statement opens a clause of its own.
  for (const { start: subject, breakAt } of statements(text.slice(from, to)))
    if (breakAt >= 0) cuts.push([from + breakAt, from + subject]);
  // "A full licence is essential and DVLA checks will be made": a level statement closes its clause.
  for (const match of text.slice(from, to).matchAll(LEVEL_THEN_AND)) {
    const cut = from + match.index! + match[0].length - match[1]!.length;
    const next = from + match.index! + match[0].length;
    if (HAS_VERB.test(text.slice(next, to))) cuts.push([cut, next]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const ranges: [number, number][] = [];
  let at = from;
  for (const [cut, next] of cuts) {
    if (cut < at) continue;
    ranges.push([at, cut]);
    at = next;
  }
  ranges.push([at, to]);
  return ranges.filter(([a, b]) => b > a);
}

/**
 * Requirements stated in running prose: "Experience of phlebotomy is essential", "Knowledge of
 * SystmOne would be an advantage", "Applicants must hold a full driving licence", "You will have …".
 * One per sentence or semicolon clause; a sentence is cut where a clause asks nothing ("…, but you will
 * receive full training") or asks at another level ("…, ideally with …"). Duties ("It is essential
 * that records are kept") and "not required" sentences are left alone. The hand rules decide first; the
 * learned scorer (requirement-scorer) then drops a clause they read, or reads a sentence they passed over,
 * where its chance is far enough the other way. `listItem`: the text is a list item, to which it adds nothing.
 */
export function proseCriteria(text: string, { listItem = false } = {}): ProseCriterion[] {
  const found: ProseCriterion[] = [];
  for (const [from, to] of sentenceRanges(text)) {
    const lead = text.slice(from, to).length - text.slice(from, to).trimStart().length;
    const byRules = sentenceCriteria(text, from + lead, to);
    // The scorer drops what the rules read when the words say otherwise, one clause at a time, preamble and all.
    const kept = byRules
      .filter((c) => isRequirement(true, requirementChance(text.slice(c.scoredFrom ?? c.start, c.end))))
      .map((c) => withoutPreamble(text, c));
    if (byRules.length > 0 || listItem) {
      found.push(...kept);
      continue;
    }
    // A sentence of running prose the rules pass over; a list item is left to the list's own reading.
    const sentence = text.slice(from + lead, to);
    // "MRCP part 1, or equivalent, is desirable.": a sentence closed by a level word, read as its own line would be.
    const asked = closesOnLevel(sentence) || isRequirement(false, requirementChance(sentence));
    const level = asked ? askedLevel(sentence) : null;
    if (level) found.push(...levelParts(text, from + lead, to, level));
  }
  return found;
}

/** A criterion that starts at the applicant's clause when a preamble asking nothing leads into it. */
function withoutPreamble(text: string, c: ProseCriterion): ProseCriterion {
  if (c.scoredFrom !== undefined) return c;
  const at = afterPreamble(
    text.slice(c.start, c.end),
    (part) => requirementLevel(part) !== null || REQUIREMENT_NOUN.test(part),
  );
  return at ? { ...c, start: c.start + at } : c;
}

/** What the hand rules read in one sentence, text[from, to): a criterion per clause that asks, at its level. */
function sentenceCriteria(text: string, from: number, to: number): ProseCriterion[] {
  const found: ProseCriterion[] = [];
  const parts = clauses(text, from, to);
  const subject = APPLICANT_FIRST.exec(text.slice(from, to))?.[0];
  const shared = parts.map(([a, b], i) => i > 0 && /^\s*(?:will|must|should|would|can|need)\b/i.test(text.slice(a, b)));
  const levels = parts.map(([a, b], i) => {
    const clause = text.slice(a, b);
    // "… and must have …": the clause shares the sentence's subject.
    return requirementLevel(clause) ?? (shared[i] && subject ? requirementLevel(`${subject} ${clause.trim()}`) : null);
  });
  // "The post holder is required to work accurately and must have a flexible approach": one requirement.
  for (let i = 1; i < parts.length; i++)
    if (shared[i] && levels[i] && !levels[i - 1]) {
      parts[i - 1] = [parts[i - 1]![0], parts[i]![1]];
      levels[i - 1] = levels[i]!;
      parts.splice(i, 1);
      levels.splice(i, 1);
      shared.splice(i, 1);
      i--;
    }
  if (parts.length > 1 && levels.every((l) => l === null)) {
    const whole = requirementLevel(text.slice(from, to));
    return whole ? levelParts(text, from, to, whole) : [];
  }
  // Neighbouring clauses at one level stay one criterion (rule 4).
  for (let i = 0; i < parts.length; i++) {
    const level = levels[i];
    if (!level) continue;
    let j = i;
    while (j + 1 < parts.length && levels[j + 1] === level && !ownLevel(text, parts[j]!, parts[j + 1]!)) j++;
    found.push(...levelParts(text, parts[i]![0], parts[j]![1], level));
    i = j;
  }
  return found;
}
