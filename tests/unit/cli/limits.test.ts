import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const MB = 1024 * 1024;
type Failure = { code: number; stdout: string; stderr: string };
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (failure: Failure) => failure,
  );

const dir = mkdtempSync(join(tmpdir(), 'nhsps-cli-limits-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** A file of `size` bytes that starts with `head`: the rest is a hole, so nothing of that size is written. */
const sparse = (name: string, head: string, size: number) => {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  writeSync(fd, ' ', size - 1);
  closeSync(fd);
  return path;
};

describe('npm run analyse with files it must not read', () => {
  it('refuses each with a clear error and a non-zero exit, and still reads the good ones', async () => {
    let seed = 7;
    const random = file(
      'random.html',
      Uint8Array.from({ length: 65_536 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24),
    );
    const empty = file('empty.html', '');
    const text = file('notes.txt', 'Notes about the job, not a page.\n');
    const huge = sparse('huge.pdf', '%PDF-1.7\n', 16 * MB);
    const bigPage = sparse('big.html', `<!DOCTYPE html><html><body>${'<p>Essential</p>'.repeat(600)}`, 11 * MB);
    const advert = file(
      'advert.html',
      buildAdvert({
        title: 'Staff Nurse',
        categories: [{ label: 'Skills', essential: ['Clinical audit'], desirable: [] }],
      }),
    );
    const { code, stdout, stderr } = await cli([random, empty, text, huge, bigPage, advert, '--json']);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot read ${random}: not an HTML page, a JSON record, a PDF or a Word document`);
    expect(stderr).toContain(`cannot read ${empty}: the file is empty`);
    expect(stderr).toContain(`cannot read ${text}: not an HTML page`);
    expect(stderr).toContain(`cannot read ${huge}: the file is 16.0 MB: files of at most 15 MB are read`);
    expect(stderr).toContain(`cannot read ${bigPage}: the file is 11.0 MB: pages and JSON files of at most 10 MB`);
    const records = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; title: string });
    expect(records.map((r) => [r.file, r.title])).toEqual([[advert, 'Staff Nurse']]);
  });

  it('calls a document without criteria a document, and refuses a profile file over 5 MB', async () => {
    const docx = file(
      'values.docx',
      zipSync({
        'word/document.xml': strToU8(
          '<w:document><w:body><w:p><w:r><w:t>Our values</w:t></w:r></w:p></w:body></w:document>',
        ),
      }),
    );
    const readable = await cli([docx]);
    expect(readable).toMatchObject({ code: 0, stdout: 'Untitled document\n\nNo criteria found in this document.\n' });

    const profile = sparse('profile.json', '{"version": 2, ', 6 * MB);
    const refused = await cli([docx, '--profile', profile]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`profile ${profile}: The file is 6.0 MB: a profile file is at most 5 MB.`);
  });
}, 120_000);
