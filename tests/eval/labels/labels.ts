/**
 * The labelling workflow over ../shared/corpus (see README.md beside this file):
 *
 *   npm run labels -- show ID [ID…]            an advert's description as numbered lines
 *   npm run labels -- show-batch NN [--from K] the adverts of batch NN, ten at a time from the K-th
 *   npm run labels -- stamp NN [--second]      drafts/batch-NN[.second].jsonl → batches/… (checked, hashed)
 *   npm run labels -- check                    every stored batch: schema, hashes, every id labelled once
 *   npm run labels -- agree NN                 batch NN against its blind second pass: boundaries, levels, skills F1
 *   npm run labels -- stats                    criteria and adverts per split
 */
import { batchIds } from './batch-ids';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { advertLines, textHash } from './advert-lines';
import { agreement, formatAgreement } from './agreement';
import { corpusAvailable, employerOf, loadRecords, type CorpusRecord } from './corpus';
import { criterionText, draftAdvert, readJsonl, stamp, storedAdvert, type StoredAdvert } from './label-file';
import { splitOf } from './splits';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const BATCHES = here('./batches/');
const DRAFTS = here('./drafts/');
const CACHE = here('../../../node_modules/.cache/nhsps-labels.json');
const pad = (n: string) => n.padStart(2, '0');

type Cached = { id: string; title: string; employer: string; lines: string[] };

const allBatches = () =>
  readdirSync(BATCHES)
    .filter((f) => f.endsWith('.ids'))
    .map((f) => f.slice(6, 8))
    .sort();

/** The selected adverts' lines, cached under node_modules so that each call does not read the whole corpus. */
async function adverts(): Promise<Map<string, Cached>> {
  const ids = new Set(allBatches().flatMap(batchIds));
  if (existsSync(CACHE)) {
    const cached = new Map((JSON.parse(readFileSync(CACHE, 'utf8')) as Cached[]).map((a) => [a.id, a]));
    if ([...ids].every((id) => cached.has(id))) return cached;
  }
  if (!corpusAvailable()) throw new Error('The corpus (../shared/corpus/nhs-jobs-2020.jsonl.gz) is not here.');
  const records = await loadRecords(ids);
  const list = [...records.values()].map((r: CorpusRecord) => ({
    id: r.id,
    title: typeof r.title === 'string' ? r.title : '',
    employer: employerOf(r),
    lines: advertLines(r.description),
  }));
  mkdirSync(here('../../../node_modules/.cache/'), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(list));
  return new Map(list.map((a) => [a.id, a]));
}

function show(advert: Cached) {
  console.log(`\n=== advert ${advert.id} · ${advert.title} · ${advert.employer} · ${advert.lines.length} lines`);
  advert.lines.forEach((line, i) => console.log(`${String(i + 1).padStart(3)}| ${line}`));
}

function storedFile(batch: string, second: boolean) {
  return `${BATCHES}batch-${pad(batch)}${second ? '.second' : ''}.jsonl`;
}

async function stampBatch(batch: string, second: boolean) {
  const all = await adverts();
  const draftFile = `${DRAFTS}batch-${pad(batch)}${second ? '.second' : ''}.jsonl`;
  const drafts = readJsonl(draftFile, draftAdvert);
  const stored = drafts.map((d) => {
    const advert = all.get(d.advert);
    if (!advert) throw new Error(`advert ${d.advert} is not in any batch`);
    return stamp(d, advert.lines);
  });
  writeFileSync(storedFile(batch, second), stored.map((a) => JSON.stringify(a)).join('\n') + '\n');
  console.log(
    `batch ${pad(batch)}${second ? ' (second pass)' : ''}: ${stored.length} adverts, ${stored.reduce((n, a) => n + a.criteria.length, 0)} criteria stamped`,
  );
}

/** Every stored batch: valid, its hashes still match the corpus, each advert of the batch labelled once. */
export async function checkAll(): Promise<StoredAdvert[]> {
  const all = await adverts();
  const labelled: StoredAdvert[] = [];
  for (const batch of allBatches()) {
    const file = storedFile(batch, false);
    if (!existsSync(file)) continue;
    const stored = readJsonl(file, storedAdvert);
    const ids = new Set(batchIds(batch));
    const seen = new Set<string>();
    for (const advert of stored) {
      if (!ids.has(advert.advert)) throw new Error(`batch ${batch}: advert ${advert.advert} is not one of its ids`);
      if (seen.has(advert.advert)) throw new Error(`batch ${batch}: advert ${advert.advert} labelled twice`);
      seen.add(advert.advert);
      const lines = all.get(advert.advert)!.lines;
      for (const c of advert.criteria) {
        if (c.lines[1] > lines.length || textHash(criterionText(lines, c)) !== c.hash) {
          throw new Error(
            `batch ${batch}: advert ${advert.advert} lines ${c.lines.join('–')} no longer match their label`,
          );
        }
      }
    }
    labelled.push(...stored);
    console.log(
      `batch ${batch}: ${stored.length}/${ids.size} adverts, ${stored.reduce((n, a) => n + a.criteria.length, 0)} criteria`,
    );
  }
  return labelled;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const flag = (name: string) => rest.includes(name);
  const option = (name: string) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
  switch (command) {
    case 'show': {
      const all = await adverts();
      for (const id of rest)
        show(
          all.get(id) ??
            (() => {
              throw new Error(`advert ${id} is not in any batch`);
            })(),
        );
      break;
    }
    case 'show-batch': {
      const all = await adverts();
      const from = Number(option('--from') ?? 1);
      const ids = batchIds(rest[0]!).slice(from - 1, from - 1 + Number(option('--count') ?? 10));
      ids.forEach((id) => show(all.get(id)!));
      break;
    }
    case 'stamp':
      await stampBatch(rest[0]!, flag('--second'));
      break;
    case 'check': {
      const labelled = await checkAll();
      console.log(`${labelled.length} adverts, ${labelled.reduce((n, a) => n + a.criteria.length, 0)} criteria in all`);
      break;
    }
    case 'agree': {
      const first = readJsonl(storedFile(rest[0]!, false), storedAdvert);
      const second = readJsonl(storedFile(rest[0]!, true), storedAdvert);
      console.log(formatAgreement(agreement(first, second, await adverts())));
      break;
    }
    case 'stats': {
      const labelled = await checkAll();
      const bySplit = new Map<string, { adverts: number; criteria: number }>();
      for (const a of labelled) {
        const s = bySplit.get(splitOf(a.advert)) ?? { adverts: 0, criteria: 0 };
        s.adverts++;
        s.criteria += a.criteria.length;
        bySplit.set(splitOf(a.advert), s);
      }
      for (const [split, s] of bySplit) console.log(`${split.padEnd(10)} ${s.adverts} adverts, ${s.criteria} criteria`);
      break;
    }
    default:
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
