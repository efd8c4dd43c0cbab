import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const OUTPUT = resolve(import.meta.dirname, '../..', process.env.NHSPS_OUT_DIR ?? '.output');
const manifest = (dir: string) => JSON.parse(readFileSync(join(OUTPUT, dir, 'manifest.json'), 'utf8'));
const NHS_JOBS = ['https://beta.jobs.nhs.uk/candidate/jobadvert/*', 'https://www.jobs.nhs.uk/candidate/jobadvert/*'];
const TRAC = ['https://www.healthjobsuk.com/job/UK/*', 'https://www.nhsjobs.com/job/UK/*'];
// storage: the profile; activeTab + scripting: "Analyse this page" on request (README, Permissions).
/** Storage, on-request page access, the "Analyse this page" menu item and the report beside the page. */
const PERMISSIONS = ['storage', 'activeTab', 'scripting', 'contextMenus', 'sidePanel'];

test('the release build asks only for storage, on-request page access, its menu item and side panel, and reaches only job-site adverts', () => {
  const release = manifest('chrome-mv3');
  expect(release.permissions).toEqual(PERMISSIONS);
  // WXT grants the painter's matches (entrypoints/advert.content, registered at run time) as host permissions.
  expect([...release.host_permissions].sort()).toEqual([...NHS_JOBS, ...TRAC].sort());
  expect(release.optional_host_permissions ?? []).toEqual([]);
  // Declared as the page starts loading: the waker, which wakes the background, the reader and the painter.
  const scripts = release.content_scripts as Array<{ run_at: string; js: string[]; matches: string[] }>;
  expect(scripts.map((s) => [s.run_at, s.js])).toEqual([
    ['document_start', ['waker.js', 'reader.js', 'content-scripts/advert.js']],
  ]);
  expect([...scripts[0]!.matches].sort()).toEqual([...NHS_JOBS, ...TRAC].sort());
  expect(release.content_scripts[0].exclude_matches ?? []).toEqual([]);
  expect(JSON.stringify(release)).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>|\*:\/\/\*/);
});

test('only the e2e build adds loopback pages, with /elsewhere/ left for "Analyse this page"', () => {
  const e2e = manifest('chrome-mv3-e2e');
  expect(e2e.content_scripts).toHaveLength(1);
  for (const script of e2e.content_scripts) {
    expect(script.matches).toEqual(
      expect.arrayContaining([...NHS_JOBS, ...TRAC, 'http://localhost/*', 'http://127.0.0.1/*']),
    );
    expect(script.exclude_matches).toEqual(['http://localhost/elsewhere/*', 'http://127.0.0.1/elsewhere/*']);
  }
  expect(e2e.permissions).toEqual(PERMISSIONS);
  expect([...e2e.host_permissions].sort()).toEqual(
    [...NHS_JOBS, ...TRAC, 'http://localhost/*', 'http://127.0.0.1/*'].sort(),
  );
});
