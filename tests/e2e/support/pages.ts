import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DYNAMIC_PAGES } from '../../fixtures/dynamic/dynamic-adverts';
import { HOSTILE_PAGES } from '../../fixtures/hostile/hostile-adverts';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';
import { SITE_PAGES } from './site-pages';

const ROOT = join(import.meta.dirname, '../../..');
const file = (path: string) => () => readFileSync(join(ROOT, path));

/** Pages the loopback server offers, by path: fixture adverts written for the project. */
export const PAGES: Record<string, { type: string; body: () => Buffer | string }> = {
  '/candidate/jobadvert/C9999-26-0001': { type: 'text/html', body: file('src/cli/sample/advert.html') },
  '/candidate/jobadvert/C0000-26-0200': {
    type: 'text/html',
    body: file('tests/fixtures/nhs-jobs/advert-without-spec.html'),
  },
  '/candidate/search/results': { type: 'text/html', body: file('tests/fixtures/nhs-jobs/search-results.html') },
  '/candidate/jobadvert/C0000-26-0300': {
    type: 'text/html',
    body: () =>
      buildAdvert({
        lang: 'cy',
        title: 'Nyrs Staff',
        closing: '15 Ionawr 2027',
        categories: [
          { label: 'Cymwysterau', essential: ['Current NMC registration'], desirable: ['Clinical audit experience'] },
        ],
      }),
  },
  '/news': {
    type: 'text/html',
    body: () => '<!DOCTYPE html><title>News</title><h1>Trust news</h1><p>Nothing to see.</p>',
  },
  ...DYNAMIC_PAGES,
  ...HOSTILE_PAGES,
  ...SITE_PAGES,
};
