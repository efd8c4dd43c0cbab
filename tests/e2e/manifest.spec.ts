import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const OUTPUT = resolve(import.meta.dirname, '../..', process.env.NHSPS_OUT_DIR ?? '.output');
const manifest = (dir: string) => JSON.parse(readFileSync(join(OUTPUT, dir, 'manifest.json'), 'utf8'));
const NHS_JOBS = ['https://beta.jobs.nhs.uk/candidate/jobadvert/*', 'https://www.jobs.nhs.uk/candidate/jobadvert/*'];

test('the release build asks only for storage and runs only on NHS Jobs adverts', () => {
  const release = manifest('chrome-mv3');
  expect(release.permissions).toEqual(['storage']);
  expect(release.host_permissions ?? []).toEqual([]);
  expect(release.content_scripts.flatMap((s: { matches: string[] }) => s.matches).sort()).toEqual(NHS_JOBS);
  expect(JSON.stringify(release)).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>/);
});

test('only the e2e build adds loopback pages', () => {
  const e2e = manifest('chrome-mv3-e2e');
  const matches = e2e.content_scripts.flatMap((s: { matches: string[] }) => s.matches);
  expect(matches).toEqual(expect.arrayContaining([...NHS_JOBS, 'http://localhost/*', 'http://127.0.0.1/*']));
  expect(e2e.permissions).toEqual(['storage']);
});
