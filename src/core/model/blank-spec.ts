import type { PersonSpec } from './person-spec';

/** A specification with nothing read yet: a page no reader recognised, or the start of one that reads it. */
export const blankSpec = (found: Partial<PersonSpec> = {}): PersonSpec => ({
  site: 'generic',
  pageKind: 'other',
  url: '',
  title: null,
  employer: null,
  band: null,
  closingDate: null,
  reference: null,
  salary: null,
  criteria: [],
  documents: [],
  ...found,
});
