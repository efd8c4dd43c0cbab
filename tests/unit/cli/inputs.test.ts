import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
  });
const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const dir = mkdtempSync(join(tmpdir(), 'nhsps-cli-inputs-'));
const posting = JSON.parse(readFileSync(join(FIXTURES, 'json-ld/posting.json'), 'utf8')) as Record<string, unknown>;
const jsonl = join(dir, 'postings.jsonl');
writeFileSync(
  jsonl,
  [posting, { ...posting, id: '900000043', title: 'Second posting' }].map((p) => JSON.stringify(p)).join('\n'),
);

describe('npm run analyse with every kind of input', () => {
  it('reads pages, JobPosting records and documents in one call, one JSON line each', async () => {
    const { stdout } = await cli([
      join(FIXTURES, 'trac/advert.html'),
      join(FIXTURES, 'json-ld/posting.json'),
      jsonl,
      join(FIXTURES, 'documents/person-spec-table.pdf'),
      join(FIXTURES, 'documents/person-spec.docx'),
      '--json',
    ]);
    const records = jsonLines(stdout);
    expect(
      records.map((r) => [String(r.file).replace(`${FIXTURES}/`, '').replace(`${dir}/`, ''), r.site, r.title]),
    ).toEqual([
      ['trac/advert.html', 'trac', 'Band 6 Physiotherapist - Musculoskeletal Outpatients'],
      ['json-ld/posting.json', 'json-ld', 'Theatre Practitioner - Day Surgery'],
      ['postings.jsonl#900000042', 'json-ld', 'Theatre Practitioner - Day Surgery'],
      ['postings.jsonl#900000043', 'json-ld', 'Second posting'],
      ['documents/person-spec-table.pdf', 'document', 'Senior Staff Nurse – Intensive Care'],
      ['documents/person-spec.docx', 'document', 'Pharmacy Technician – Medicines Optimisation'],
    ]);
    expect(records[1]).toMatchObject({
      url: 'https://careers.northfield.example.org/vacancy/0042',
      closingDate: '2027-02-07',
    });
    expect((records[4]!.criteria as unknown[])[0]).toMatchObject({
      category: 'Qualifications',
      level: 'essential',
      text: 'Registered Nurse (Adult) with current NMC registration',
      assessedBy: ['application'],
      source: { kind: 'document', name: 'person-spec-table.pdf' },
    });
  });

  it('reports a file it cannot read and goes on with the rest', async () => {
    const badJson = join(dir, 'bad.json');
    writeFileSync(badJson, '{ "title": ');
    const notAPosting = join(dir, 'organisation.json');
    writeFileSync(notAPosting, JSON.stringify({ '@type': 'Organization', name: 'A trust' }));
    const oldWord = join(dir, 'spec.doc');
    writeFileSync(oldWord, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const failure = await cli([badJson, notAPosting, oldWord, join(FIXTURES, 'json-ld/posting.json'), '--json']).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    const { stdout, stderr } = failure as { stdout: string; stderr: string };
    expect(stderr).toMatch(/cannot read .*bad\.json: invalid JSON/);
    expect(stderr).toMatch(/cannot read .*organisation\.json: no schema\.org JobPosting/);
    expect(stderr).toMatch(/cannot read .*spec\.doc: This is an old Word document/);
    expect(jsonLines(stdout)).toHaveLength(1);
  });
}, 60_000);
