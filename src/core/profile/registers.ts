/**
 * The UK registers a health professional can be on, and the skill of the taxonomy a registration on
 * each counts as. Names are lower case, written as `registerWords` normalises a body: letters and
 * digits only, apostrophes dropped ("children's" → "childrens"), "&" as "and".
 */

/** One profession a register holds, and the words that name it on their own ("RMN", "midwife"). */
export type RegisterPart = { skillId: string; label: string; names: readonly string[] };

export type Register = {
  /** Its short name, for the choice: "Which part of the NMC register are you on?". */
  name: string;
  /** Words that name the register (or a profession only it holds). */
  names: readonly string[];
  /** What a registration on it counts as, when the register alone decides. */
  skillId?: string;
  /** The professions it holds, when a registration on it could be any of several. */
  parts?: readonly RegisterPart[];
  /** Words that pick a part only beside the register's name ("GMC provisional"), by skill id. */
  qualifiers?: Readonly<Record<string, readonly string[]>>;
  /** What a registration counts as until the user says which part: what all its parts have in common. */
  fallback?: string;
};

const NURSE_FIELDS: readonly RegisterPart[] = [
  {
    skillId: 'reg-nmc-field-adult',
    label: 'Nurse: adult',
    names: ['adult nurse', 'rn adult', 'nurse adult', 'rna', 'rgn', 'rn1', 'registered general nurse', 'adult nursing'],
  },
  {
    skillId: 'reg-nmc-field-mental-health',
    label: 'Nurse: mental health',
    names: ['rmn', 'rn3', 'mental health nurse', 'rn mental health', 'nurse mental health', 'psychiatric nurse'],
  },
  {
    skillId: 'reg-nmc-field-child',
    label: 'Nurse: children’s',
    names: ['rscn', 'rnc', 'rn8', 'rn child', 'nurse child', 'childrens nurse', 'child nurse', 'paediatric nurse'],
  },
  {
    skillId: 'reg-nmc-field-ld',
    label: 'Nurse: learning disabilities',
    names: ['rnld', 'rnmh', 'rn5', 'rn ld', 'ld nurse', 'learning disability nurse', 'learning disabilities nurse'],
  },
  { skillId: 'reg-nmc-nurse', label: 'Nurse: another field, or more than one', names: [] },
];

const NMC_OTHER_PARTS: readonly RegisterPart[] = [
  { skillId: 'reg-nmc-midwife', label: 'Midwife', names: ['midwife', 'midwifery', 'rm', 'registered midwife'] },
  { skillId: 'reg-nmc-nursing-associate', label: 'Nursing associate', names: ['nursing associate', 'rnna'] },
  {
    skillId: 'reg-nmc-scphn',
    label: 'Specialist community public health nurse (health visitor, school nurse)',
    names: ['scphn', 'health visitor', 'health visiting', 'rhv', 'school nurse', 'school nursing'],
  },
];

const AHP_PROFESSIONS = [
  'physiotherapist',
  'physiotherapy',
  'occupational therapist',
  'occupational therapy',
  'radiographer',
  'radiography',
  'paramedic',
  'dietitian',
  'dietician',
  'podiatrist',
  'chiropodist',
  'speech and language therapist',
  'speech and language therapy',
  'orthoptist',
  'operating department practitioner',
  'odp',
  'biomedical scientist',
  'clinical scientist',
  'practitioner psychologist',
  'clinical psychologist',
  'counselling psychologist',
  'art therapist',
  'arts therapist',
  'music therapist',
  'drama therapist',
  'dramatherapist',
  'prosthetist',
  'orthotist',
  'hearing aid dispenser',
];

/** Most specific first: the first register whose name appears in a body decides it. */
export const REGISTERS: readonly Register[] = [
  {
    name: 'nursing',
    names: ['nurse', 'rn', 'registered nurse', 'nmc nurse', 'nmc registered nurse'],
    parts: NURSE_FIELDS,
    fallback: 'reg-nmc-nurse',
  },
  {
    name: 'NMC',
    names: ['nmc', 'nursing and midwifery council'],
    parts: [...NURSE_FIELDS, ...NMC_OTHER_PARTS],
    fallback: 'reg-nmc',
  },
  {
    name: 'HCPC',
    names: ['hcpc', 'hpc', 'health and care professions council', ...AHP_PROFESSIONS],
    skillId: 'reg-hcpc',
  },
  {
    name: 'GMC',
    names: ['gmc', 'general medical council', 'doctor'],
    parts: [
      { skillId: 'reg-gmc', label: 'Full registration with a licence to practise', names: [] },
      { skillId: 'reg-gmc-specialist-register', label: 'On the Specialist or GP Register', names: [] },
      { skillId: 'reg-gmc-provisional', label: 'Provisional registration', names: [] },
    ],
    qualifiers: {
      'reg-gmc-provisional': ['provisional', 'provisionally'],
      'reg-gmc-specialist-register': ['specialist', 'gp register', 'cct', 'cesr'],
      'reg-gmc': ['full', 'licence', 'license'],
    },
    fallback: 'reg-statutory-registration',
  },
  {
    name: 'GPhC',
    names: [
      'gphc',
      'general pharmaceutical council',
      'psni',
      'pharmaceutical society of northern ireland',
      'pharmacist',
      'pharmacy technician',
    ],
    skillId: 'reg-gphc-psni',
  },
  {
    name: 'GDC',
    names: [
      'gdc',
      'goc',
      'gosc',
      'gcc',
      'general dental council',
      'general optical council',
      'general osteopathic council',
      'general chiropractic council',
      'dentist',
      'dental nurse',
      'dental hygienist',
      'dental therapist',
      'optometrist',
      'dispensing optician',
      'osteopath',
      'chiropractor',
    ],
    skillId: 'reg-dental-optical-other',
  },
  {
    name: 'social work',
    names: [
      'swe',
      'social work england',
      'sssc',
      'scottish social services council',
      'social care wales',
      'care council for wales',
      'niscc',
      'northern ireland social care council',
      'social worker',
    ],
    skillId: 'reg-social-work-care',
  },
  {
    // Registers accredited by the Professional Standards Authority: the taxonomy counts them partly
    // towards statutory registration, so they are not claimed as statutory here either.
    name: 'accredited',
    names: [
      'ahcs',
      'academy for healthcare science',
      'ukphr',
      'uk public health register',
      'bacp',
      'babcp',
      'ukcp',
      'rccp',
      'bps',
      'accredited register',
    ],
    skillId: 'reg-accredited-register',
  },
];
