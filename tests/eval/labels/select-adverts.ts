/**
 * Picks the adverts to label, once: `npx tsx tests/eval/labels/select-adverts.ts [count] [batchSize]`
 * writes batches/batch-NN.ids (advert ids only). With `--extend`, the batches already written stay as they
 * are: the same order is drawn on to `count` adverts, and those not yet in a batch become the next batches.
 * Reposts (same title, employer and text) count once.
 * Stratified by how the advert states its requirements, since the reader must handle every layout, and
 * spread over professions by title; a share of adverts with no marker at all checks what is invented.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { advertLines, textHash } from './advert-lines';
import { corpusRecords, employerOf } from './corpus';
import { layoutOf, type Layout } from './layouts';
import { professionOf } from './professions';

const [countArg, batchSizeArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const count = Number(countArg ?? 660);
const batchSize = Number(batchSizeArg ?? 60);
const extend = process.argv.includes('--extend');

const LAYOUT_SHARE: Record<Layout, number> = {
  'heading-lines': 0.3,
  'inline-markers': 0.25,
  'requirement-list': 0.3,
  none: 0.15,
};

type Candidate = { id: string; layout: Layout; profession: string; order: string };
const pools = new Map<Layout, Candidate[]>();
const seen = new Set<string>();
for await (const record of corpusRecords()) {
  const lines = advertLines(record.description);
  const title = typeof record.title === 'string' ? record.title : '';
  const key = textHash(`${title}|${employerOf(record)}|${lines.join('\n')}`);
  if (seen.has(key) || lines.length < 3) continue;
  seen.add(key);
  const layout = layoutOf(lines);
  const list = pools.get(layout) ?? [];
  list.push({ id: record.id, layout, profession: professionOf(title), order: textHash(`pick:${record.id}`) });
  pools.set(layout, list);
}

/** Round-robin over professions within a layout, each profession's adverts in a fixed pseudo-random order. */
function pick(pool: Candidate[], n: number): Candidate[] {
  const byProfession = new Map<string, Candidate[]>();
  for (const c of [...pool].sort((a, b) => a.order.localeCompare(b.order))) {
    byProfession.set(c.profession, [...(byProfession.get(c.profession) ?? []), c]);
  }
  const picked: Candidate[] = [];
  while (picked.length < n && [...byProfession.values()].some((l) => l.length > 0)) {
    for (const list of byProfession.values()) if (list.length > 0 && picked.length < n) picked.push(list.shift()!);
  }
  return picked;
}

const chosen = (Object.keys(LAYOUT_SHARE) as Layout[]).flatMap((layout) =>
  pick(pools.get(layout) ?? [], Math.round(count * LAYOUT_SHARE[layout])),
);
chosen.sort((a, b) => a.order.localeCompare(b.order));
for (const [layout, pool] of pools) console.log(`${layout}: ${pool.length} distinct adverts`);
const tally = (key: keyof Candidate) =>
  Object.entries(chosen.reduce<Record<string, number>>((t, c) => ({ ...t, [c[key]]: (t[c[key]] ?? 0) + 1 }), {}));
console.log('chosen by layout', tally('layout'));
console.log('chosen by profession', tally('profession'));
const dir = fileURLToPath(new URL('./batches/', import.meta.url));
const written = extend ? readdirSync(dir).filter((f) => /^batch-\d+\.ids$/.test(f)) : [];
const taken = new Set(written.flatMap((f) => readFileSync(`${dir}${f}`, 'utf8').split('\n').filter(Boolean)));
const fresh = chosen.filter((c) => !taken.has(c.id));
console.log(`${fresh.length} adverts for new batches (${taken.size} already in ${written.length} batches)`);
for (let b = 0; b * batchSize < fresh.length; b++) {
  const ids = fresh.slice(b * batchSize, (b + 1) * batchSize).map((c) => c.id);
  writeFileSync(`${dir}batch-${String(written.length + b + 1).padStart(2, '0')}.ids`, `${ids.join('\n')}\n`);
}
