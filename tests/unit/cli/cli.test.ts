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

const coached = join(dir, 'coached.json');
writeFileSync(
  coached,
  JSON.stringify({
    version: 2,
    skills: [
      { skillId: 'reg-nmc-nurse' },
      {
        skillId: 'gov-clinical-audit',
        evidence: [
          {
            id: 'falls',
            situation: 'Falls on our 28-bed medical ward had risen over the winter, above the trust average.',
            action: 'We led an audit of every fall over three months and set up a night-time toileting round.',
            result: 'Falls fell from twelve a month to four within six months.',
          },
        ],
      },
    ],
    preferences: { wordLimit: 1000 },
    updatedAt: '2026-11-01T00:00:00.000Z',
  }),
);

describe('npm run analyse', () => {
  it("prints the bundled sample as a readable report, blockers first, with the shortlister's view", async () => {
    const { stdout } = await cli([]);
    expect(stdout).toMatch(/^Ward Manager - Acute Medicine/);
    expect(stdout).toMatch(/Essential criteria met: \d+ of \d+/);
    expect(stdout.indexOf('BLOCKERS')).toBeLessThan(stdout.indexOf('QUALIFICATIONS'));
    expect(stdout).toMatch(/Shortlisting: \d+ of 26 points on essential criteria/);
    expect(stdout).toContain('✓ [2/2] Experience of leading clinical audit and acting on its findings');
    expect(stdout).toContain('Your example for Clinical audit has a situation, your own action and a result.');
    expect(stdout).toMatch(
      /YOUR EXAMPLES, AS A SHORTLISTER READS THEM\n {2}Clinical audit \(falls-audit\)\n {6}situation ✓/,
    );
  });

  it("adds each criterion's score and word budget, and a review of each example, to the JSON", async () => {
    const { stdout } = await cli([advert, '--json', '--profile', coached]);
    const record = JSON.parse(stdout);
    expect(
      record.criteria.map((c: { shortlisting: unknown; wordBudget: number }) => [c.shortlisting, c.wordBudget]),
    ).toEqual([
      [{ score: 2, why: 'Registered nurse (NMC): registered (checked on the register, not by example).' }, 400],
      [
        {
          score: 1,
          why: 'Your example for Clinical audit does not say what you did yourself (“I …”, not only “we”).',
        },
        400,
      ],
      [{ score: 0, why: 'Nothing in your profile evidences it (IT / computer literacy).' }, 200],
    ]);
    expect(record.summary.shortlisting).toEqual({ level: 'essential', earned: 3, possible: 4 });
    expect(record.evidenceReview).toEqual([
      {
        skillId: 'gov-clinical-audit',
        exampleId: 'falls',
        situation: true,
        action: true,
        result: true,
        firstPerson: false,
        measurableResult: true,
        words: 43,
        values: [],
      },
    ]);
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
          // The register's part comes from the advert's title (a Staff Nurse: the nurse registration),
          // and only the most specific id is kept (labelling: no implied parents).
          skills: [{ id: 'reg-nmc-nurse', matched: 'Current NMC registration' }],
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
