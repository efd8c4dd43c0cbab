import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../src/cli/jobs/job';
import { jobsOf } from '../../../../src/cli/jobs/jobs-of';

const dir = mkdtempSync(join(tmpdir(), 'nhsps-jobs-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function jobs(files: string[], max = 1000): Promise<Job[]> {
  const all: Job[] = [];
  for await (const job of jobsOf(files, max)) all.push(job);
  return all;
}

describe('jobsOf', () => {
  it('gives a page a job of its own, and each record of a JSON Lines file one, gzipped or not', async () => {
    const page = file('advert.html', '<html></html>');
    const lines = file('a.jsonl', '{"id":1}\n{"id":2}\n');
    const gzipped = file('b.jsonl.gz', gzipSync('{"id":3}\n'));
    expect(await jobs([page, lines, gzipped])).toEqual([
      { kind: 'file', file: page },
      { kind: 'record', file: lines, line: 1, text: '{"id":1}' },
      { kind: 'record', file: lines, line: 2, text: '{"id":2}' },
      { kind: 'record', file: gzipped, line: 1, text: '{"id":3}' },
    ]);
  });

  it('refuses a record over the limit by its line, and goes on with the next', async () => {
    const lines = file('c.jsonl', `{"x":"${'y'.repeat(2000)}"}\n{"id":4}\n`);
    const [refused, next] = await jobs([lines]);
    expect(refused).toMatchObject({ kind: 'refused', file: `${lines}:1` });
    expect((refused as { error: string }).error).toMatch(/records of at most/);
    expect(next).toEqual({ kind: 'record', file: lines, line: 2, text: '{"id":4}' });
  });

  it('refuses a missing file and a corrupt gzip file in words', async () => {
    const corrupt = file('d.jsonl.gz', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(await jobs([join(dir, 'none.jsonl'), corrupt])).toEqual([
      { kind: 'refused', file: join(dir, 'none.jsonl'), error: 'no such file' },
      { kind: 'refused', file: corrupt, error: 'not a readable gzip file' },
    ]);
  });
});
