/**
 * Advert pages the content script runs on by itself (the release build's only host access): NHS
 * Jobs, and the Trac boards HealthJobsUK and nhsjobs.com, whose adverts live at
 * /job/UK/<Region>/<Town>/<Employer>/<Specialty>/<Title>-v<id>. Any other page is read only when the
 * user asks ("Analyse this page", through activeTab).
 */
export const ADVERT_MATCHES = [
  'https://www.jobs.nhs.uk/candidate/jobadvert/*',
  'https://beta.jobs.nhs.uk/candidate/jobadvert/*',
  'https://www.healthjobsuk.com/job/UK/*',
  'https://www.nhsjobs.com/job/UK/*',
];

/** Added by the e2e build only, so tests can serve fixture adverts from loopback. */
export const LOOPBACK_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** In the e2e build, loopback pages under /elsewhere/ stand for sites the extension does not run on. */
export const LOOPBACK_ELSEWHERE = ['http://localhost/elsewhere/*', 'http://127.0.0.1/elsewhere/*'];
