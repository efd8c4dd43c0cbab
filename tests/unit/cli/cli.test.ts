import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
  });

const dir = mkdtempSync(join(tmpdir(), 'nhsps-cli-'));
const advert = join(dir, 'advert.html');
writeFileSync(
  advert,
  buildAdvert({
    title: 'Staff Nurse',
    categories: [
      {
        label: 'Qualifications',
        essential: ['Current NMC registration', 'Clinical audit experience'],
        desirable: ['IT skills'],
      },
    ],
  }),
);
const profile = join(dir, 'profile.json');
writeFileSync(
  profile,
  JSON.stringify({ version: 1, skills: [{ skillId: 'reg-nmc-nurse' }], updatedAt: '2026-11-01T00:00:00.000Z' }),
);

describe('npm run analyse', () => {
  it('prints the bundled sample as a readable report, blockers first', async () => {
    const { stdout } = await cli([]);
    expect(stdout).toMatch(/^Ward Manager - Acute Medicine/);
    expect(stdout).toMatch(/Essential criteria met: \d+ of \d+/);
    expect(stdout.indexOf('BLOCKERS')).toBeLessThan(stdout.indexOf('QUALIFICATIONS'));
  });

  it('prints one JSON object per file, with statuses and a summary when given a profile', async () => {
    const { stdout } = await cli([
      advert,
      advert,
      '--json',
      '--profile',
      profile,
      '--url',
      'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001',
    ]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      file: advert,
      site: 'nhs-jobs',
      title: 'Staff Nurse',
      closingDate: '2026-09-01',
      criteria: [
        {
          category: 'Qualifications',
          level: 'essential',
          text: 'Current NMC registration',
          skills: [{ id: 'reg-nmc', matched: 'Current NMC registration' }],
          status: 'met',
        },
        { level: 'essential', skills: [{ id: 'gov-clinical-audit' }], status: 'missing' },
        { level: 'desirable', skills: [{ id: 'it-digital-literacy', matched: 'IT skills' }], status: 'missing' },
      ],
      summary: { essential: { total: 2, met: 1 }, desirable: { total: 1, met: 0 }, blockers: 1 },
    });
  });

  it('leaves out statuses without a profile', async () => {
    const { stdout } = await cli([advert, '--json']);
    const record = JSON.parse(stdout);
    expect(record.summary).toBeUndefined();
    expect(record.criteria[0].status).toBeUndefined();
  });

  it('reports an unreadable file and a bad profile on stderr with a non-zero exit', async () => {
    await expect(cli(['no-such-file.html', '--json'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/cannot read no-such-file\.html/),
    });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, skills: 'lots', updatedAt: 'now' }));
    await expect(cli([advert, '--profile', bad])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/skills: /),
    });
  });
}, 30_000);
