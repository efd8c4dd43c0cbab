const CARE_SUPPORT_TITLES = String.raw`healthcare assistant|support worker|\bhca\b|care assistant`;
const ASSOCIATE_TITLES = 'assistant practitioner|nursing associate';
const FACILITIES_TITLES = 'porter|domestic|housekeep|catering';

/** A rough profession for an advert, from its title: for spreading the selection and reporting by profession. */
export const PROFESSIONS: Array<[string, RegExp]> = [
  ['nursing', /nurs|sister|charge nurse|matron|\brgn\b|\brmn\b|staff nurse|ward manager/i],
  ['midwifery', /midwi/i],
  [
    'ahp',
    /physio|occupational therap|radiograph|dietit|speech|podiat|paramedic|orthopt|\bslt\b|\bot\b|sonograph|therapist/i,
  ],
  [
    'medical',
    /doctor|consultant|registrar|\bgp\b|physician|surgeon|psychiatrist|medical officer|\bst[1-8]\b|fellow|foundation/i,
  ],
  ['pharmacy', /pharmac/i],
  ['science', /scientist|biomedical|laborator|technologist|perfusion|physiolog|audiolog/i],
  ['support', new RegExp(`${CARE_SUPPORT_TITLES}|${ASSOCIATE_TITLES}|${FACILITIES_TITLES}`, 'i')],
  ['admin', /admin|secretar|clerk|receptionist|coordinator|co-ordinator|officer|assistant|booking|medical records/i],
  [
    'management',
    /manager|director|head of|lead|business|finance|accountant|analyst|hr\b|human resources|governance|project/i,
  ],
  ['estates', /estates|engineer|electrician|plumber|maintenance|facilities|driver|craftsperson|carpenter/i],
  ['mental-health', /mental health|psycholog|cbt|counsell|therap/i],
];
export const professionOf = (title: string): string => PROFESSIONS.find(([, re]) => re.test(title))?.[0] ?? 'other';
