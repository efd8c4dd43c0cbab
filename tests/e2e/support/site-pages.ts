import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';

const ROOT = join(import.meta.dirname, '../../..');
const file = (path: string) => () => readFileSync(join(ROOT, path));

export const TRAC_ADVERT =
  '/job/UK/Devon/Exeter/Riverside_Partnership_Trust/Physiotherapy/Band_6_Physiotherapist-v9000001';
export const JSON_LD_ADVERT = '/vacancy/0042';
export const ADVERT_WITH_DOCUMENTS = '/candidate/jobadvert/C0000-26-0600';
/** Under /elsewhere/ the e2e build does not run the content script: a site the extension does not know. */
export const OTHER_SITE_ADVERT = '/elsewhere/careers/community-staff-nurse';

const DOCUMENTS = `${ADVERT_WITH_DOCUMENTS}/documents`;

/** An NHS Jobs advert whose person specification is only in its attached documents. */
const advertWithDocuments = () =>
  buildAdvert({
    title: 'Senior Staff Nurse - Intensive Care',
    band: 'Band 6',
    reference: 'C0000-26-0600',
    categories: [],
    singleCopy: true,
  }).replace(
    '</main>',
    `<h2>Supporting documents</h2>
    <ul>
      <li><a href="${DOCUMENTS}/job-description.pdf">Job description and person specification (PDF, 33 KB)</a></li>
      <li><a href="${DOCUMENTS}/not-a-document.pdf">Person specification (old link)</a></li>
    </ul>
  </main>`,
  );

/** Pages for the Trac, JSON-LD, other-site and attached-document tests (issue 4). */
export const SITE_PAGES: Record<string, { type: string; body: () => Buffer | string }> = {
  [TRAC_ADVERT]: { type: 'text/html', body: file('tests/fixtures/trac/advert.html') },
  '/docs/physio-b6-job-description.pdf': {
    type: 'application/pdf',
    body: file('tests/fixtures/documents/person-spec-table.pdf'),
  },
  [JSON_LD_ADVERT]: { type: 'text/html', body: file('tests/fixtures/json-ld/advert.html') },
  [OTHER_SITE_ADVERT]: { type: 'text/html', body: file('tests/fixtures/free-text/heading-lines.html') },
  [ADVERT_WITH_DOCUMENTS]: { type: 'text/html', body: advertWithDocuments },
  [`${DOCUMENTS}/job-description.pdf`]: {
    type: 'application/pdf',
    body: file('tests/fixtures/documents/person-spec-table.pdf'),
  },
  [`${DOCUMENTS}/not-a-document.pdf`]: {
    type: 'text/html',
    body: () => '<!DOCTYPE html><title>Sign in</title><p>Please sign in.</p>',
  },
};
