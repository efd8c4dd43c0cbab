import type { PersonSpec } from '../../../src/core/model/person-spec';

/** A person specification of essential criteria with these texts, and nothing else known. */
export const specOf = (texts: readonly string[], spec: Partial<PersonSpec> = {}): PersonSpec => ({
  site: 'nhs-jobs',
  pageKind: 'advert',
  url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001',
  title: null,
  employer: null,
  band: null,
  closingDate: null,
  reference: null,
  salary: null,
  criteria: texts.map((text, i) => ({ id: `c${i}`, category: null, level: 'essential', text })),
  documents: [],
  ...spec,
});
