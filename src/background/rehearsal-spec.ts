import type { PersonSpec } from '../core/model/person-spec';

/** Criteria written for the rehearsal: one or two of each usual category, each naming skills of several kinds. */
const CRITERIA: ReadonlyArray<[category: string, level: 'essential' | 'desirable', text: string]> = [
  ['Qualifications', 'essential', 'Registered nurse with a current NMC registration'],
  ['Qualifications', 'desirable', 'Degree in a health-related subject, or equivalent experience'],
  ['Experience', 'essential', 'Two years of post-registration experience in an acute hospital setting'],
  ['Experience', 'desirable', 'Experience of leading a small team and supervising students'],
  ['Skills', 'essential', 'Excellent written and verbal communication skills, and able to use Microsoft Office'],
  ['Skills', 'essential', 'Ability to prioritise your own workload and work under pressure'],
  ['Knowledge', 'essential', 'Knowledge of clinical governance, audit and safeguarding adults'],
  ['Other', 'essential', 'Willing to work flexibly, including nights and weekends; a full driving licence'],
];

/** A short specification the background matches once when it wakes (rehearse-matching), never shown or stored. */
export const REHEARSAL_SPEC: PersonSpec = {
  site: 'generic',
  pageKind: 'advert',
  url: 'about:blank',
  title: 'Staff Nurse',
  employer: null,
  band: null,
  closingDate: null,
  reference: null,
  salary: null,
  criteria: CRITERIA.map(([category, level, text], n) => ({ id: `rehearsal-${n}`, category, level, text })),
  documents: [],
};
