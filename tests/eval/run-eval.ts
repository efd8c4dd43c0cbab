import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { PROFESSIONS } from '../../fixtures/criteria';
import { evaluateMatcher, type Split } from './evaluate';
import { formatEvaluation } from './format-evaluation';

/**
 * npm run eval [-- --split development|held-out|unseen|all] [-- --misses] [-- --json]: the matcher
 * against the labelled criteria. The unseen batch was written last and never used to change the
 * matcher: its figure is the honest one.
 */
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const splitArg = argv[argv.indexOf('--split') + 1];
const splits: Split[] = argv.includes('--split') ? [splitArg as Split] : ['all', 'development', 'held-out', 'unseen'];
const matcher = defaultMatcher();

for (const [i, split] of splits.entries()) {
  const evaluation = evaluateMatcher(matcher, PROFESSIONS, split);
  if (flag('--json')) {
    const { misses, ...summary } = evaluation;
    console.log(JSON.stringify(flag('--misses') ? evaluation : { ...summary, misses: misses.length }));
  } else {
    if (i > 0) console.log(`\n${'─'.repeat(72)}\n`);
    const detailed = i === 0;
    console.log(
      formatEvaluation(evaluation, { misses: flag('--misses'), confusions: detailed ? 15 : 8, brief: !detailed }),
    );
  }
}
