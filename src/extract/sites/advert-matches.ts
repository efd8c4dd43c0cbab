/** Advert pages the content script runs on by itself (the release build's only host access). */
export const ADVERT_MATCHES = [
  'https://www.jobs.nhs.uk/candidate/jobadvert/*',
  'https://beta.jobs.nhs.uk/candidate/jobadvert/*',
];

/** Added by the e2e build only, so tests can serve fixture adverts from loopback. */
export const LOOPBACK_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
