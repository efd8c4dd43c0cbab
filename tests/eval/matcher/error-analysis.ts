/**
 * npx tsx tests/eval/matcher/error-analysis.ts [train|validation] [--show skill-id] : the matcher's
 * errors on the labelled adverts, counted by skill and by cause, to choose which mechanism to fix next.
 * Train and validation only: the test split is locked and never read to change the product.
 */
import { matchText } from '../../../src/core/match/match-text';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { CONTRACT_IDS } from '../../fixtures/taxonomy-contract';
import { labelledSetOrSkip } from '../labels/labelled-set';
import { errorCauses } from './error-causes';
import { untunedAdverts } from '../labels/untuned';

const argv = process.argv.slice(2);
const splits: string[] = argv.filter((a) => a === 'train' || a === 'validation');
if (argv.includes('test')) {
  console.error('The test split is locked: its errors are never shown.');
  process.exit(2);
}
const show = argv.includes('--show') ? argv[argv.indexOf('--show') + 1]! : null;
const matcher = defaultMatcher();
const contract = new Set<string>(CONTRACT_IDS);
const untuned = untunedAdverts();
const adverts = (await labelledSetOrSkip()).filter((a) => !untuned.has(a.id));

const bySkill = new Map<string, { fp: number; fn: number }>();
const byCause = new Map<string, number>();
const examples: string[] = [];
for (const advert of adverts.filter((a) => (splits.length === 0 ? a.split !== 'test' : splits.includes(a.split)))) {
  const seen = new Set<string>();
  for (const c of advert.criteria) {
    const key = c.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const context = { title: advert.title, category: c.leadIn ?? c.category };
    const hits = matchText(matcher, c.text, context).filter((h) => !h.negated && contract.has(h.skillId));
    const found = new Set(hits.map((h) => h.skillId));
    const expected = new Set(c.skills);
    const errors = errorCauses(matcher, c, found, expected);
    for (const e of errors) {
      const counts = bySkill.get(e.skillId) ?? { fp: 0, fn: 0 };
      counts[e.kind]++;
      bySkill.set(e.skillId, counts);
      byCause.set(`${e.kind} ${e.cause}`, (byCause.get(`${e.kind} ${e.cause}`) ?? 0) + 1);
      if (show === e.skillId || show === e.cause)
        examples.push(`${e.kind} ${e.skillId} [${e.cause}] cat=${context.category ?? '-'} | ${c.text.slice(0, 200)}`);
    }
  }
}

const sorted = <T>(m: Map<string, T>, n: (v: T) => number) => [...m].sort((a, b) => n(b[1]) - n(a[1]));
console.log('By cause');
for (const [cause, n] of sorted(byCause, (v) => v)) console.log(`  ${String(n).padStart(4)}  ${cause}`);
console.log('\nBy skill (false positives, misses)');
for (const [id, { fp, fn }] of sorted(bySkill, (v) => v.fp + v.fn).slice(0, 40))
  console.log(`  ${id.padEnd(36)} fp ${String(fp).padStart(3)}  fn ${String(fn).padStart(3)}`);
if (show) console.log(`\n${examples.join('\n')}`);
