import type { Qualifier } from '../model/skill-hit';
import type { TokenScopes } from './clauses';
import { findPhrases, phraseSet, type PhraseAt, type PhraseSet } from './phrase-finder';
import type { Token } from '../text/tokenise';

/**
 * Where a cue reaches: `ahead` the phrases after it in the clause ("eligible for NMC registration"),
 * `behind` the nearest phrase before it ("degree or equivalent"), `either` the phrases after it or,
 * when there are none, the nearest before it ("master's degree or willing to work towards one").
 */
type Reach = 'ahead' | 'behind' | 'either';
type Rule = { qualifier: Qualifier; cues: PhraseSet; reach: Reach };

const WILLING = [
  'willing to',
  'willingness to',
  'prepared to',
  'commitment to',
  'committed to',
  'agree to',
  'expected to',
  'required to',
  'able to',
];
const ACQUIRE = [
  'undertake',
  'complete',
  'work towards',
  'work toward',
  'study',
  'train',
  'attend',
  'achieve',
  'obtain',
  'gain',
  'acquire',
  'undergo',
  'undertaking',
  'completing',
  'working towards',
  'studying',
  'achieving',
];

/** In priority order: the first rule whose cue reaches a phrase gives its qualifier. */
const RULES: Rule[] = [
  {
    qualifier: 'eligible',
    reach: 'ahead',
    cues: phraseSet([
      'eligible for',
      'eligibility for',
      'eligible to',
      'eligible to apply for',
      'awaiting',
      'pending',
      'due to qualify',
      'due to complete',
      'expected to qualify',
      'final year student',
      'final year of',
    ]),
  },
  {
    qualifier: 'willing-to-undertake',
    reach: 'either',
    cues: phraseSet([
      ...WILLING.flatMap((w) => ACQUIRE.map((a) => `${w} ${a}`)),
      'to be completed within',
      'to be achieved within',
      'must be completed within',
      'completed within',
      'of appointment',
      'of commencement',
      'of starting',
      'of start',
      'will be supported to',
      'training will be given',
      'training will be provided',
      'opportunity to undertake',
    ]),
  },
  {
    qualifier: 'working-towards',
    reach: 'either',
    cues: phraseSet([
      'working towards',
      'working toward',
      'work towards',
      'close to achieving',
      'close to completion',
      'nearing completion',
      'currently undertaking',
      'currently studying',
      'studying towards',
      'studying for',
      'in the process of',
      'part way through',
      'partially completed',
      'in progress',
    ]),
  },
  {
    qualifier: 'or-equivalent',
    reach: 'behind',
    cues: phraseSet([
      'or equivalent',
      'or equiv',
      'or an equivalent',
      'or the equivalent',
      'or comparable',
      'or similar',
      'or equivalent experience',
      'equivalent qualification',
      'or relevant experience',
      'or demonstrable experience',
      'or proven experience',
      'or substantial experience',
      'or significant experience',
      'or recognised equivalent',
    ]),
  },
];

const AHEAD_REACH = 8;

/** The qualifier of each kept phrase [start, end), in order of the text. */
export function readQualifiers(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: ReadonlyArray<{ start: number; end: number }>,
): Array<Qualifier | undefined> {
  const result: Array<Qualifier | undefined> = spans.map(() => undefined);
  for (const rule of RULES) {
    for (const cue of findPhrases(tokens, rule.cues)) {
      for (const k of reached(cue, rule.reach, spans, scopes)) result[k] ??= rule.qualifier;
    }
  }
  return result;
}

function reached(
  cue: PhraseAt,
  reach: Reach,
  spans: ReadonlyArray<{ start: number; end: number }>,
  scopes: TokenScopes,
): number[] {
  const clause = scopes.clause[cue.start];
  const inClause = spans.flatMap((s, k) => (scopes.clause[s.start] === clause ? [k] : []));
  const after = inClause.filter((k) => spans[k]!.start >= cue.end);
  const before = inClause.filter((k) => spans[k]!.end <= cue.start);
  if (reach === 'ahead') return after.filter((k) => spans[k]!.start - cue.end <= AHEAD_REACH).slice(0, 2);
  if (reach === 'either' && after.length > 0) return after;
  return before.length > 0 ? [before.at(-1)!] : [];
}
