import type { MatcherEvaluation, Score } from './evaluate';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const row = (name: string, s: Score) =>
  `${name.padEnd(26)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
const HEADER = `${''.padEnd(26)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)}  ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`;

/** The evaluation as a readable report: overall, per category, per profession, worst confusions. */
export function formatEvaluation(
  evaluation: MatcherEvaluation,
  options: { confusions?: number; misses?: boolean; brief?: boolean } = {},
): string {
  if (options.brief) {
    return [
      `Matcher evaluation (${evaluation.split}): ${evaluation.criteria} labelled criteria`,
      HEADER,
      row('overall', evaluation.overall),
      ...Object.entries(evaluation.byCategory).map(([k, s]) => row(`  ${k}`, s)),
      ...(options.misses ? formatMisses(evaluation) : []),
    ].join('\n');
  }
  const lines = [
    `Matcher evaluation (${evaluation.split}): ${evaluation.criteria} labelled criteria across ${evaluation.professions} professions`,
    '',
    HEADER,
    row('overall', evaluation.overall),
    '',
    'by skill category',
    ...Object.entries(evaluation.byCategory).map(([k, s]) => row(`  ${k}`, s)),
    '',
    'by profession',
    ...Object.entries(evaluation.byProfession).map(([k, s]) => row(`  ${k}`, s)),
    '',
    'worst confusions (expected → found, — for nothing)',
    ...evaluation.confusions
      .slice(0, options.confusions ?? 15)
      .map((c) => `  ${String(c.count).padStart(3)}  ${c.expected} → ${c.found}`),
  ];
  if (options.misses) lines.push(...formatMisses(evaluation));
  return lines.join('\n');
}

function formatMisses(evaluation: MatcherEvaluation): string[] {
  const lines = ['', 'criteria not matched exactly'];
  for (const m of evaluation.misses) {
    lines.push(`  [${m.profession}] ${m.text}`);
    if (m.missing.length) lines.push(`      missing: ${m.missing.join(', ')}`);
    if (m.extra.length) lines.push(`      extra:   ${m.extra.join(', ')}`);
  }
  return lines;
}
