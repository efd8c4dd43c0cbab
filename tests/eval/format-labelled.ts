import type { CriteriaMiss, CriteriaScore } from './labels/evaluate-criteria';
import { LAYOUTS, type Layout } from './labels/layouts';
import type { MatcherEvaluation, Score } from './matcher/evaluate';

type SplitResult = {
  skills: MatcherEvaluation;
  criteria: { score: CriteriaScore; byLayout: Partial<Record<Layout, CriteriaScore>> };
};

const pct = (x: number) => `${(100 * x).toFixed(1)}`.padStart(5);
const prf = (s: Score) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;

/** Train, validation and test side by side: skills overall, by category, by profession; criteria; levels. */
export function formatLabelledReport(results: Record<string, SplitResult>): string {
  const splits = Object.keys(results);
  const head = (label: string) =>
    `${label.padEnd(30)}${splits.map((s) => `${s.padStart(10)} P     R    F1 `).join('')}`;
  const line = (label: string, pick: (r: SplitResult) => Score | undefined) =>
    `${label.padEnd(30)}${splits
      .map((s) => {
        const score = pick(results[s]!);
        return score ? `  ${prf(score)} (${String(score.tp + score.fn).padStart(3)})` : ' '.repeat(25);
      })
      .join('')}`;
  const categories = [...new Set(splits.flatMap((s) => Object.keys(results[s]!.skills.byCategory)))].sort();
  const professions = [...new Set(splits.flatMap((s) => Object.keys(results[s]!.skills.byProfession)))].sort();
  const criteria = (s: string) => results[s]!.criteria.score;
  return [
    `Real adverts labelled by hand: ${splits.map((s) => `${s} ${criteria(s).adverts} adverts`).join(' · ')} (test is locked)`,
    '',
    'Skills (contract ids, per distinct criterion; figures in %, labelled skills in brackets)',
    head(''),
    line('overall', (r) => r.skills.overall),
    ...categories.map((c) => line(`  ${c}`, (r) => r.skills.byCategory[c])),
    ...professions.map((p) => line(`  ${p} (profession)`, (r) => r.skills.byProfession[p])),
    '',
    'Free-text criteria (each advert’s description read as on an old NHS Jobs page)',
    ...splits.map((s) => `  ${s.padEnd(11)} ${criteriaLine(criteria(s))}`),
    '  by layout (how the advert states its requirements):',
    ...LAYOUTS.flatMap((layout) =>
      splits.flatMap((s) => {
        const c = results[s]!.criteria.byLayout[layout];
        return c ? [`    ${layout.padEnd(17)} ${s.padEnd(11)} ${c.adverts} adverts  ${criteriaLine(c)}`] : [];
      }),
    ),
  ].join('\n');
}

const criteriaLine = (c: CriteriaScore) =>
  `P ${pct(c.precision)}  R ${pct(c.recall)}  (${c.matched} of ${c.labelled} labelled found, ${c.extracted} read)  level accuracy ${pct(c.levelAccuracy)} (${c.levelCorrect}/${c.levelScored})`;

export function formatCriteriaMisses(misses: readonly CriteriaMiss[]): string {
  const lines = ['', 'free-text criteria not read as labelled'];
  for (const m of misses) {
    lines.push(`  advert ${m.advert} (${m.layout})`);
    for (const t of m.missed) lines.push(`    missed:   ${t.slice(0, 160)}`);
    for (const t of m.invented) lines.push(`    invented: ${t.slice(0, 160)}`);
    for (const t of m.wrongLevel) lines.push(`    level:    ${t.slice(0, 160)}`);
  }
  return lines.join('\n');
}
