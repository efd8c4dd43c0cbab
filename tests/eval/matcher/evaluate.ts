import { matchText } from '../../../src/core/match/match-text';
import type { Matcher } from '../../../src/core/taxonomy/compile';
import type { LabelledCriterion, Profession } from '../../fixtures/criteria';

export type Score = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };

/** One criterion the matcher did not get exactly right. */
export type Miss = { profession: string; text: string; missing: string[]; extra: string[] };

/** "expected → found" over all criteria; "—" stands for nothing. */
export type Confusion = { expected: string; found: string; count: number };

export type MatcherEvaluation = {
  /** Which criteria were evaluated: one batch of the labelled set, or all of them. */
  split: Split;
  criteria: number;
  professions: number;
  overall: Score;
  byCategory: Record<string, Score>;
  byProfession: Record<string, Score>;
  confusions: Confusion[];
  misses: Miss[];
};

export type Split = 'development' | 'held-out' | 'unseen' | 'all';

type Counts = { tp: number; fp: number; fn: number };

const criteriaOf = (profession: Profession, split: Split): readonly LabelledCriterion[] =>
  split === 'development'
    ? profession.criteria
    : split === 'held-out'
      ? profession.heldOut
      : split === 'unseen'
        ? profession.unseen
        : [...profession.criteria, ...profession.heldOut, ...profession.unseen];
const NOTHING = '—';

/**
 * Precision, recall and F1 of the skills the matcher finds (negated hits do not count as found)
 * against the labels, overall, per skill category and per profession, with the confusions behind
 * the errors. Counts are per (criterion, skill) pair.
 */
export function evaluateMatcher(
  matcher: Matcher,
  professions: readonly Profession[],
  split: Split = 'all',
  /** Only these ids are scored (the design's contract ids, for real adverts labelled with them). */
  scope?: ReadonlySet<string>,
): MatcherEvaluation {
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const byCategory = new Map<string, Counts>();
  const byProfession = new Map<string, Counts>();
  const confusions = new Map<string, number>();
  const misses: Miss[] = [];
  const categoryOf = (id: string) => {
    const skill = matcher.skills.get(id);
    if (!skill) throw new Error(`Label "${id}" is not a skill of the taxonomy`);
    return skill.category;
  };
  const bump = (map: Map<string, Counts>, key: string, field: keyof Counts) => {
    const counts = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    counts[field]++;
    map.set(key, counts);
  };
  let criteria = 0;

  for (const profession of professions) {
    for (const [text, labels, context] of criteriaOf(profession, split)) {
      criteria++;
      const expected = new Set(labels);
      const found = new Set(
        matchText(matcher, text, context)
          .filter((h) => !h.negated && (!scope || scope.has(h.skillId)))
          .map((h) => h.skillId),
      );
      const missing = [...expected].filter((id) => !found.has(id));
      const extra = [...found].filter((id) => !expected.has(id));
      for (const id of expected) {
        const field = found.has(id) ? 'tp' : 'fn';
        overall[field]++;
        bump(byCategory, categoryOf(id), field);
        bump(byProfession, profession.name, field);
      }
      for (const id of extra) {
        overall.fp++;
        bump(byCategory, categoryOf(id), 'fp');
        bump(byProfession, profession.name, 'fp');
      }
      if (missing.length === 0 && extra.length === 0) continue;
      misses.push({ profession: profession.name, text, missing, extra });
      const pairs =
        missing.length > 0 && extra.length > 0
          ? missing.flatMap((m) => extra.map((e) => [m, e]))
          : [...missing.map((m) => [m, NOTHING]), ...extra.map((e) => [NOTHING, e])];
      for (const [m, e] of pairs) confusions.set(`${m}\t${e}`, (confusions.get(`${m}\t${e}`) ?? 0) + 1);
    }
  }

  return {
    split,
    criteria,
    professions: professions.length,
    overall: score(overall),
    byCategory: Object.fromEntries([...byCategory].sort().map(([k, v]) => [k, score(v)])),
    byProfession: Object.fromEntries([...byProfession].map(([k, v]) => [k, score(v)])),
    confusions: [...confusions]
      .map(([key, count]) => {
        const [expected, found] = key.split('\t') as [string, string];
        return { expected, found, count };
      })
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    misses,
  };
}

function score({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
