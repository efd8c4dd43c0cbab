/**
 * npm run eval [-- --json] [-- --misses train|validation] [-- --batch NN] : recognition measured two ways.
 * 1. Real 2020 adverts labelled by hand (tests/eval/labels; needs ../shared/corpus, skipped without it),
 *    split by advert into train, validation and a locked test split: skills P/R/F1 over the design's
 *    contract ids, per category and per profession; the free-text reader's criteria P/R and level accuracy.
 * 2. The criteria written for the project (tests/fixtures/criteria): development, held-out, unseen.
 * Misses are printed for train and validation only: the test split is never read to change the product.
 * `--batch NN` adds a column for one batch's adverts, whatever their split: a batch labelled after the rules
 * were written (the untuned batch, labels/untuned) shows how they hold on adverts nobody has tuned them for yet.
 */
import { defaultMatcher } from '../../src/core/taxonomy/default-matcher';
import { PROFESSIONS } from '../fixtures/criteria';
import { CONTRACT_IDS } from '../fixtures/taxonomy-contract';
import { evaluateCriteria } from './labels/evaluate-criteria';
import { batchIds } from './labels/batch-ids';
import { loadLabelledSet, type LabelledAdvert } from './labels/labelled-set';
import { UNTUNED_BATCHES, untunedAdverts } from './labels/untuned';
import { skillGroups } from './labels/skill-groups';
import type { SplitName } from './labels/splits';
import { evaluateMatcher, type Split } from './matcher/evaluate';
import { formatCriteriaMisses, formatLabelledReport } from './format-labelled';
import { formatEvaluation } from './matcher/format-evaluation';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const optionAfter = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const missesOf = (optionAfter('--misses') as SplitName | undefined) ?? null;
const batch = optionAfter('--batch');
if (missesOf === 'test') {
  console.error('The test split is locked: its misses are never shown. Use --misses train or --misses validation.');
  process.exit(2);
}
const SPLITS: SplitName[] = ['train', 'validation', 'test'];
const matcher = defaultMatcher();
const contract = new Set(CONTRACT_IDS);

const adverts = await loadLabelledSet();
const evaluated = (some: readonly LabelledAdvert[]) => ({
  skills: evaluateMatcher(matcher, skillGroups(some), 'all', contract),
  criteria: evaluateCriteria(some),
});
const columns: Array<[string, (a: LabelledAdvert) => boolean]> = SPLITS.map((split) => [
  split,
  (a) => a.split === split,
]);
if (batch) {
  const ids = new Set(batchIds(batch));
  columns.push([`batch ${batch}`, (a) => ids.has(a.id)]);
}
const labelled = adverts
  ? Object.fromEntries(columns.map(([name, keep]) => [name, evaluated(adverts.filter(keep))]))
  : null;
const fixtureSplits: Split[] = ['development', 'held-out', 'unseen'];
const fixtures = Object.fromEntries(fixtureSplits.map((s) => [s, evaluateMatcher(matcher, PROFESSIONS, s)]));

if (json) {
  const summary = (e: ReturnType<typeof evaluateMatcher>) => {
    const { misses, confusions, ...rest } = e;
    return { ...rest, misses: misses.length, confusions: confusions.slice(0, 10) };
  };
  console.log(
    JSON.stringify({
      labelled: labelled
        ? Object.fromEntries(
            Object.entries(labelled).map(([split, r]) => [
              split,
              { skills: summary(r.skills), criteria: r.criteria.score, criteriaByLayout: r.criteria.byLayout },
            ]),
          )
        : { skipped: 'corpus not found' },
      fixtures: Object.fromEntries(Object.entries(fixtures).map(([s, e]) => [s, summary(e)])),
    }),
  );
} else {
  if (!labelled)
    console.log('Real adverts: skipped (../shared/corpus/nhs-jobs-2020.jsonl.gz is not on this machine).\n');
  else console.log(formatLabelledReport(labelled));
  console.log('\nCriteria written for the project (tests/fixtures/criteria)');
  for (const split of fixtureSplits)
    console.log(formatEvaluation(fixtures[split]!, { brief: true }).split('\n').slice(0, 3).join('\n'));
  if (missesOf && adverts) {
    const untuned = untunedAdverts();
    const shown = evaluated(adverts.filter((a) => a.split === missesOf && !untuned.has(a.id)));
    console.log(`\nMisses of ${missesOf}, without the untuned batches (${UNTUNED_BATCHES.join(', ')}):`);
    console.log(formatEvaluation(shown.skills, { misses: true, confusions: 25 }));
    console.log(formatCriteriaMisses(shown.criteria.misses));
  }
}
