import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../src/cli/jobs/job';
import { createSession, type Outcome, type SessionOptions } from '../../../../src/cli/session';
import { inWorkers } from '../../../../src/cli/workers/in-workers';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';

const dir = mkdtempSync(join(tmpdir(), 'nhsps-workers-'));
const page = join(dir, 'advert.html');
writeFileSync(
  page,
  buildAdvert({
    title: 'Staff Nurse',
    categories: [{ label: 'Experience', essential: ['Clinical audit experience'], desirable: ['Teaching skills'] }],
  }),
);
const pdf = join(import.meta.dirname, '../../../fixtures/documents/person-spec-table.pdf');
const record = (id: number, criterion: string) =>
  JSON.stringify({
    id,
    '@type': 'JobPosting',
    title: `Post ${id}`,
    description: `<h3>Person specification</h3><p>Essential</p><ul><li>${criterion}</li></ul>`,
  });

const jobs: Job[] = [
  { kind: 'file', file: pdf },
  { kind: 'file', file: page },
  ...Array.from({ length: 12 }, (_, i) => ({
    kind: 'record' as const,
    file: 'corpus.jsonl',
    line: i + 1,
    text: record(i + 1, i % 2 ? 'Experience of risk assessment' : 'Current NMC registration'),
  })),
  { kind: 'record', file: 'corpus.jsonl', line: 13, text: '{not json' },
  { kind: 'refused', file: 'corpus.jsonl:14', error: 'too long' },
];
const options: SessionOptions = { json: true, colour: false, url: null, profile: null };

async function* each(all: Job[]) {
  yield* all;
}
async function collect(outcomes: AsyncIterable<Outcome>): Promise<Outcome[]> {
  const all: Outcome[] = [];
  for await (const outcome of outcomes) all.push(outcome);
  return all;
}

describe('inWorkers', () => {
  it('gives the outcomes this thread gives, in the jobs’ order, though a PDF first takes longest', async () => {
    const run = createSession(options);
    const here: Outcome[] = [];
    for (const job of jobs) here.push(await run(job));
    const spread = await collect(inWorkers(each(jobs), 2, options));

    expect(spread).toEqual(here);
    expect(spread.map((o) => o.reports[0]?.file ?? o.error)).toEqual([
      pdf,
      page,
      ...Array.from({ length: 12 }, (_, i) => `corpus.jsonl#${i + 1}`),
      'invalid JSON on line 13',
      'too long',
    ]);
    expect(JSON.parse(spread[2]!.reports[0]!.text).criteria.length).toBeGreaterThan(0);
  }, 60_000);
});
