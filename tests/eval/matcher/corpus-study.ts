/**
 * The matcher over the requirement lines of a corpus of JobPosting records, to grow the taxonomy:
 * coverage per skill, the share of lines with no skill, the most frequent unmatched phrases, and with
 * --sample N some lines with no skill (printed only; nothing from the corpus goes into the repository).
 *
 *   npx tsx tests/eval/matcher/corpus-study.ts ../shared/corpus/nhs-jobs-2020.jsonl.gz [--limit N] [--sample N]
 *     [--grep WORD] [--skill ID (lines where that skill fired, with the words that fired it)]
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { findPosting, type JobPosting } from '../../../src/core/extract/sites/job-posting';
import { extractPosting } from '../../../src/core/extract/sites/extract-posting';
import { matchText } from '../../../src/core/match/match-text';
import type { SkillHit } from '../../../src/core/model/skill-hit';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { formatMatcherCoverage, matcherCoverage } from '../corpus/matcher-coverage';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const file = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (!file) throw new Error('Usage: corpus-study.ts <corpus.jsonl[.gz]> [--limit N] [--sample N] [--grep WORD]');
const limit = Number(option('--limit') ?? Infinity);
const sample = Number(option('--sample') ?? 0);
const grep = option('--grep')?.toLowerCase();
const skill = option('--skill');

async function* requirementLines(path: string): AsyncGenerator<string> {
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as {
    document: Document;
  };
  const input = createReadStream(path);
  const lines = createInterface({
    input: path.endsWith('.gz') ? input.pipe(createGunzip()) : input,
    crlfDelay: Infinity,
  });
  let adverts = 0;
  for await (const raw of lines) {
    if (!raw.trim()) continue;
    if (adverts++ >= limit) break;
    const record = JSON.parse(raw) as Record<string, unknown>;
    const posting = findPosting(record) ?? (record as JobPosting);
    const extraction = extractPosting(document, posting, new URL('https://corpus.invalid/'), null);
    for (const criterion of extraction.spec.criteria) yield criterion.text;
  }
}

const matcher = defaultMatcher();
const analysed: Array<{ text: string; hits: SkillHit[] }> = [];
const started = performance.now();
for await (const text of requirementLines(file)) analysed.push({ text, hits: matchText(matcher, text) });
const seconds = (performance.now() - started) / 1000;

console.log(formatMatcherCoverage(matcherCoverage(analysed)));
console.log(`\n(${analysed.length} lines extracted and matched in ${seconds.toFixed(1)} s)`);

if (sample > 0 || grep || skill) {
  const pool = analysed.filter((a) =>
    skill
      ? a.hits.some((h) => h.skillId === skill)
      : grep
        ? a.text.toLowerCase().includes(grep)
        : a.hits.every((h) => h.negated),
  );
  const step = Math.max(1, Math.floor(pool.length / Math.max(1, sample || 40)));
  const title = skill ? `lines where ${skill} fired` : grep ? `lines containing "${grep}"` : 'lines with no skill';
  console.log(`\n${title} (${pool.length}), every ${step}th:`);
  for (let i = 0; i < pool.length && i / step < (sample || 40); i += step) {
    const { text, hits } = pool[i]!;
    const shown = skill
      ? `  ← ${hits
          .filter((h) => h.skillId === skill)
          .map((h) => `"${h.matchedText}"`)
          .join(', ')}`
      : grep
        ? `  → ${hits.map((h) => h.skillId).join(', ')}`
        : '';
    console.log(`  ${text.slice(0, 150)}${shown}`);
  }
}
