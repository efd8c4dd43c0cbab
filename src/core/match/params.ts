import type { HitParams } from '../model/skill-hit';
import type { TokenScopes } from './clauses';
import { findPhrases, phraseSet } from './phrase-finder';
import { SPECIALTIES } from '../taxonomy/specialties';
import type { Token } from '../text/tokenise';

const NUMBER_WORDS = new Map(
  Object.entries({
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    eighteen: 18,
    twenty: 20,
    twentyfour: 24,
  }),
);
const UNIT_MONTHS = new Map(Object.entries({ year: 12, yr: 12, yrs: 12, month: 1, mth: 1, week: 0.25 }));
/** "2yrs", "18months" written as one word. */
const GLUED_DURATION = /^(\d+(?:\.\d+)?)(year|yr|yrs|month|mth|mths)$/;
/** Words after which a bare number is a level: "NVQ 3", "ILM 5", "SCQF 11". */
const LEVELLED = new Set(['nvq', 'svq', 'ilm', 'cmi', 'qcf', 'rqf', 'scqf', 'fheq', 'btec', 'cache']);
const LEVEL_WINDOW = 2;
const FIELD_WINDOW = 3;

const SPECIALTY_PHRASES = SPECIALTIES.flatMap(([name, phrases]) => phrases.map((p) => [p, name] as const));
const SPECIALTY_SET = phraseSet(SPECIALTY_PHRASES.map(([p]) => p));
let specialtyNames: Map<string, string> | undefined;
const specialtyName = (words: readonly string[]) =>
  (specialtyNames ??= new Map(SPECIALTY_SET.phrases.map((w, i) => [w.join(' '), SPECIALTY_PHRASES[i]![1]]))).get(
    words.join(' '),
  )!;

const FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['adult', 'adult'],
  ['adults', 'adult'],
  ['general', 'adult'],
  ['mental health', 'mental health'],
  ['child', 'child'],
  ['children', 'child'],
  ["children's", 'child'],
  ['paediatric', 'child'],
  ['learning disability', 'learning disability'],
  ['learning disabilities', 'learning disability'],
  ['LD', 'learning disability'],
];
const FIELD_SET = phraseSet(FIELDS.map(([p]) => p));
let fieldNames: Map<string, string> | undefined;
const fieldName = (words: readonly string[]) =>
  (fieldNames ??= new Map(FIELD_SET.phrases.map((w, i) => [w.join(' '), FIELDS[i]![1]]))).get(words.join(' '))!;

const numberValue = (norm: string): number | undefined =>
  /^\d+(\.\d+)?$/.test(norm) ? Number(norm) : NUMBER_WORDS.get(norm);

type Found = { at: number; end: number; value: string };

/** A phrase the matcher kept, as token positions, with what it names. */
export type ParamSpan = { start: number; end: number; skillIds: readonly string[]; isExperience: boolean };

/**
 * Parameters of each kept phrase, read from its clause. A "level N" belongs to the one phrase nearest
 * to it (safeguarding level 3 is not NVQ level 3). Experience anchors take the band ("at band 6"),
 * the duration ("18 months", "two years'") and the specialty ("in critical care") nearest to them; a
 * registered nurse takes the field named next to it ("Registered Nurse (Adult)").
 */
export function readParams(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly ParamSpan[],
): Array<HitParams | undefined> {
  const levels: Found[] = [];
  const bands: Found[] = [];
  const durations: Array<Found & { months: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.norm;
    const next = tokens[i + 1]?.norm ?? '';
    if (word === 'level' && /^\d+$/.test(next)) levels.push({ at: i, end: i + 2, value: next });
    else if (LEVELLED.has(word) && /^\d+$/.test(next)) levels.push({ at: i + 1, end: i + 2, value: next });
    if (word === 'band' && /^\d[a-d]?$/.test(next)) bands.push({ at: i, end: i + 2, value: next });
    const amount = numberValue(word);
    const unit = UNIT_MONTHS.get(next);
    if (amount !== undefined && unit !== undefined) {
      durations.push({ at: i, end: i + 2, value: word, months: amount * unit });
    }
    const glued = GLUED_DURATION.exec(word);
    if (glued)
      durations.push({
        at: i,
        end: i + 1,
        value: word,
        months: Number(glued[1]) * (glued[2]!.startsWith('m') ? 1 : 12),
      });
  }
  const params: HitParams[] = spans.map(() => ({}));
  if (levels.length > 0) {
    for (const level of levels) {
      const owner = nearestSpan(spans, level, LEVEL_WINDOW, scopes);
      if (owner !== undefined) params[owner]!.level = level.value;
    }
  }
  const clauseOf = (i: number) => scopes.clause[i];
  const anyExperience = spans.some((s) => s.isExperience);
  const specialties: Found[] = anyExperience
    ? findPhrases(tokens, SPECIALTY_SET).map((p) => ({ at: p.start, end: p.end, value: specialtyName(p.phrase) }))
    : [];
  const fields: Found[] = spans.some((s) => s.skillIds.includes('reg-nmc-nurse'))
    ? findPhrases(tokens, FIELD_SET).map((p) => ({ at: p.start, end: p.end, value: fieldName(p.phrase) }))
    : [];
  spans.forEach((span, k) => {
    const sameClause = (f: Found) => clauseOf(f.at) === clauseOf(span.start);
    if (span.isExperience) {
      const band = nearest(bands, span.start, span.end, Infinity, sameClause);
      if (band) params[k]!.band = band.value;
      const duration = nearest(durations, span.start, span.end, Infinity, sameClause);
      if (duration) params[k]!.durationMonths = duration.months;
      const specialty = nearest(specialties, span.start, span.end, Infinity, sameClause);
      if (specialty) params[k]!.specialty = specialty.value;
    }
    if (span.skillIds.includes('reg-nmc-nurse')) {
      const field = nearest(fields, span.start, span.end, FIELD_WINDOW, sameClause);
      if (field) params[k]!.field = field.value;
    }
  });
  return params.map((p) => (Object.keys(p).length > 0 ? p : undefined));
}

const distance = (item: { at: number; end: number }, start: number, end: number) =>
  item.at >= end ? item.at - end : item.end <= start ? start - item.end : 0;

/** The span a level belongs to: the nearest in its clause, the one before it on a tie ("safeguarding level 3"). */
function nearestSpan(
  spans: readonly ParamSpan[],
  item: Found,
  window: number,
  scopes: TokenScopes,
): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  spans.forEach((span, k) => {
    if (scopes.clause[span.start] !== scopes.clause[item.at]) return;
    const d = distance(item, span.start, span.end);
    if (d <= window && d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  });
  return best;
}

/** The item nearest to the hit [start, end), inside it counting as distance 0. */
function nearest<T extends Found>(
  items: readonly T[],
  start: number,
  end: number,
  window: number,
  inScope: (item: T) => boolean,
): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    if (!inScope(item)) continue;
    const d = distance(item, start, end);
    if (d <= window && d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
