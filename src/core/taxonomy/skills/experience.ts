import { SPECIALTIES } from '../specialties';
import type { SkillDefinition, Variant } from '../../model/skill';

const EXPERIENCE_CUES = [
  'experience',
  'experienced',
  'worked',
  'working',
  'work',
  'background',
  'months',
  'years',
  'year',
  'month',
  'post-registration',
  'post registration',
  'post-qualification',
  'exposure',
  'previous',
  'recent',
  'setting',
];
/** A place of care names care experience only where the criterion asks for experience. */
const setting = (text: string, unless?: string[]): Variant => ({
  text,
  needs: ['experience', 'experienced', 'worked', 'background', 'previous', 'previously', 'exposure', 'months', 'years'],
  window: 8,
  cueKind: 'experience',
  ...(unless ? { unless } : {}),
});
/** "Care" and "healthcare" naming a narrower thing than the field: experience of that thing, not of care. */
const FIELD_AS_MODIFIER = [
  'caring for',
  'care of',
  'care plan',
  'care plans',
  'care planning',
  'care pathway',
  'care pathways',
  'care coordination',
  'care co-ordination',
  'care management',
  'care delivery',
  'care provision',
  'care packages',
  'care needs',
  'healthcare informatics',
  'healthcare management',
  'healthcare records',
  'healthcare science',
  'health care science',
];
const IN_THE_FIELD =
  '(in|within) [the] (care|caring|healthcare|health care|health or social care|health and social care|social care) [(sector|field)]';
const BANDS = '(2|3|4|5|6|7|8a|8b|8c|8d|9)';
/** Words that say a band is one the applicant has worked at: experience, time spent, a current post. */
const BAND_EXPERIENCE_CUES = [
  'experience',
  'experienced',
  'worked',
  'working',
  'work',
  'years',
  'year',
  'months',
  'month',
  'currently',
  'current',
  'previous',
  'previously',
  'post-registration',
  'post registration',
];
/** Words that make a band the post's own: its pay, its term, where the appointee starts. */
const THE_POSTS_BAND = [
  'paid',
  'pay',
  'salary',
  'position',
  'fixed term',
  'start',
  'until',
  'appointed',
  'gain',
  'opportunity',
  'you will',
];
/** Words that make a level the level of the people the applicant deals with, not the applicant's own. */
const PEOPLE_AT_A_LEVEL = [
  'stakeholders',
  'meetings',
  'liaise',
  'liaising',
  'engage',
  'engaging',
  'communicate',
  'communicating',
  'relationships',
  'influence',
  'influencing',
  'colleagues',
  'staff',
];

/**
 * Specialty phrases, except those too loose alone ("children" in "safeguarding adults and children", "recovery")
 * or that belong to a skill of their own in every sense ("aseptic"); abbreviations keep their case. A phrase that
 * names a skill and a specialty alike ("palliative care") is read as both, and
 * match/experience/specialty-of-a-skill keeps the specialty only where the experience is placed in it.
 */
const SKILL_PHRASES = new Set([
  'recovery',
  'aseptic',
  'children',
  'young people',
  'antenatal',
  'postnatal',
  'midwifery',
  'COPD',
]);
/** A specialty named as the subject of a course or award is not experience of it. */
const NOT_EXPERIENCE = [
  'qualification',
  'qualifications',
  'course',
  'module',
  'diploma',
  'certificate',
  'degree',
  'training',
  'lived experience',
  'community involvement',
  'community engagement',
  'community groups',
  'community development',
];
/** One word ("acute", "community") needs its cue close by; a longer phrase may sit further away. */
const specialtyVariant = (text: string): Variant => ({
  text,
  needs: EXPERIENCE_CUES,
  unless: NOT_EXPERIENCE,
  cueKind: 'experience',
  window: text.includes(' ') ? 8 : 4,
});
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const isAbbreviation = (p: string) => ABBREVIATION.test(p);
const specialtyPhrases = SPECIALTIES.flatMap(([, phrases]) => phrases).filter((p) => !SKILL_PHRASES.has(p));
const specialtyVariants = specialtyPhrases.filter((p) => !isAbbreviation(p)).map(specialtyVariant);
const specialtyAbbreviations = specialtyPhrases.filter(isAbbreviation).map(specialtyVariant);

export const experienceSkills: SkillDefinition[] = [
  {
    // Parametric: the duration and the specialty are read as parameters.
    id: 'exp-post-registration',
    label: 'Post-registration experience',
    category: 'experience',
    variants: [
      'post-registration',
      'post-registration experience',
      'post qualification',
      'post-qualification',
      'post-qualifying experience',
      'since qualifying',
      'since qualification',
      'since registration',
      'post-graduation',
      '(recent|relevant|qualified|previous|current|clinical|post-registration) nursing experience',
      'nursing experience',
      'qualified experience',
      'registered experience',
      {
        text: '(experience|worked|working|practice|practised) as a',
        needs: ['registered', 'qualified', 'newly qualified'],
        window: 2,
        cueKind: 'registration',
      },
      'post-graduate experience',
    ],
  },
  {
    // Parametric: band and duration are read as parameters. "CNS" is a clinical nurse specialist, not the
    // central nervous system.
    id: 'exp-band-level',
    label: 'Experience at a band or level',
    category: 'experience',
    variants: [
      '(ST|CT|StR|SpR) [(1|2|3|4|5|6|7)] (level|grade)',
      'ST (3|4|5|6) or above',
      'higher (StR|specialty|speciality|specialist) (grade|training|trainee)',
      'experience as a (deputy manager|deputy|senior nurse|team leader|ward manager|manager|senior)',
      'experience [of] working as a (deputy manager|deputy|senior nurse|team leader|ward manager|senior)',
      'current band',
      '(consistent with|appropriate to|commensurate with|appropriate for) (this|the) (grade|band|level|post)',
      'senior [(HR|management|leadership|nursing|clinical|managerial)] [leadership] experience',
      '(senior|management|managerial) (managerial|management|leadership) (post|role|position)',
      {
        // "at band 6", "as a band 6" are read by the phrase below, which knows the post's own band.
        text: `band ${BANDS}`,
        needs: [
          'experience',
          'experienced',
          'working',
          'worked',
          'level',
          'equivalent',
          'above',
          'post',
          'role',
          'minimum',
          'years',
          'months',
          'currently',
          'previous',
        ],
        cueKind: 'experience',
        window: 4,
      },
      // A band the applicant has worked at ("experience at band 5", "currently working as a band 6"), not the
      // post's own band ("paid at band 5 until registered", "a full-time position at band 6").
      {
        text: `(at|as a|as|within a|in a) band ${BANDS}`,
        needs: [...BAND_EXPERIENCE_CUES],
        unless: [...THE_POSTS_BAND],
        window: 8,
        cueKind: 'experience',
      },
      `band ${BANDS} (or above|or equivalent|level|experience|role|post)`,
      'AfC band',
      'Agenda for Change band',
      '(junior sister|senior sister|ward sister|deputy sister|charge nurse|team leader|senior staff nurse|deputy manager|ward manager|matron|team manager) level',
      'experience at (a|an) (senior|similar|comparable|equivalent|appropriate|managerial|management) level',
      // The level of the people the applicant deals with ("stakeholders at a senior level") is not theirs.
      { text: '[at] [(a|an)] senior (level|levels)', unless: PEOPLE_AT_A_LEVEL },
      // … unless it is the level of the applicant's experience ("experience of engagement at a senior level").
      { text: 'at (a|an) senior level', needs: ['experience', 'experienced'], window: 6, cueKind: 'experience' },
      { text: 'at (a|an) (similar|comparable|equivalent|management|managerial) level', unless: PEOPLE_AT_A_LEVEL },
      {
        // "degree or an equivalent level of knowledge" is an equivalent of a qualification, not a grade.
        text: '(similar|comparable|equivalent) (grade|level)',
        unless: ['or equivalent', 'or an equivalent', 'or comparable', 'level of knowledge', 'level of education'],
      },
      'senior role',
      'senior position',
      'senior post',
      'experience as a (staff nurse|senior nurse|charge nurse|ward sister|ward manager|team leader|matron|deputy sister|junior sister|specialist nurse|clinical nurse specialist)',
      'clinical nurse specialist',
      '[at] CNS level',
    ],
    abbreviations: [
      {
        text: 'CNS',
        needs: ['nurse', 'nursing', 'specialist', 'role', 'post', 'experience', 'level', 'band'],
        unless: ['central nervous', 'neurological', 'brain', 'spinal', 'tumour', 'tumours', 'infection', 'infections'],
        cueKind: 'nursing',
      },
    ],
  },
  {
    // Parametric: a specialty phrase with an experience cue nearby; the specialty is a parameter.
    id: 'exp-specialty',
    label: 'Specialty or setting experience',
    category: 'experience',
    variants: [
      ...specialtyVariants,
      '(specialist|specialty|speciality) experience',
      {
        text: 'experience in (the|a|this|a relevant) (specialty|speciality|specialist area|clinical area|field|setting)',
        unless: NOT_EXPERIENCE,
      },
      'relevant (specialty|speciality|clinical) experience',
      // Experience across several specialties names none of them, and asks for specialty experience all the same.
      {
        text: '(range|variety|number|mix) of [(clinical|medical|surgical|different)] (specialties|specialities|specialisms)',
        needs: ['experience', 'experienced', 'background', 'worked', 'working'],
        cueKind: 'experience',
      },
      // "experience with this client group": the post's own client group is a specialty (labelling rule 9).
      {
        text: '(this|the|that|a similar|similar|the same|a relevant) (client|patient|service user|care) (group|groups)',
        needs: ['experience', 'experienced', 'worked', 'previous', 'previously', 'background'],
        unless: NOT_EXPERIENCE,
        window: 6,
        cueKind: 'experience',
      },
      {
        text: '(working|work|worked) with (children|young people|children and young people|children and families|families)',
        needs: ['experience', 'experienced', 'worked', 'previous', 'previously', 'background'],
        unless: [...NOT_EXPERIENCE, 'interest', 'interested', 'passion', 'passionate'],
        cueKind: 'experience',
      },
    ],
    abbreviations: specialtyAbbreviations,
  },
  {
    id: 'exp-care-setting',
    label: 'Care or health-setting experience',
    category: 'experience',
    variants: [
      setting('(care|caring) (setting|settings|environment|environments)'),
      setting(
        '(healthcare|health care|health|health or social care|health and social care|social care|hospital|clinical|care home|residential|nursing home|community care) (setting|settings|environment|environments)',
      ),
      // The field itself named as where experience was gained: "experience within healthcare", "a background in
      // health or social care", "experience of working in a caring environment".
      {
        text: `(experience|experienced|background) ${IN_THE_FIELD}`,
        // Unless the field is the first word of a narrower thing: "experience in care planning".
        unless: FIELD_AS_MODIFIER,
      },
      setting(`(working|worked) ${IN_THE_FIELD}`, FIELD_AS_MODIFIER),
      setting(
        '(in|within) [(a|an)] (caring|healthcare-type|hospital based|hospital-based) (environment|environments|setting|settings)',
      ),
      'caring experience',
      'care experience',
      'caring role',
      'caring responsibilities',
      'healthcare experience',
      'health care experience',
      'health and social care experience',
      'social care experience',
      'personal caring',
      'personal experience of caring',
      'experience of caring',
      'caring for (patients|people|others|vulnerable people|older people|adults|children|family members|relatives)',
      'voluntary (experience|work|role|capacity)',
      'volunteering',
      'paid or unpaid',
      'paid or voluntary',
      'care work',
      'care worker',
      {
        text: '(health care assistant|healthcare assistant|care assistant|support worker)',
        needs: ['experience', 'experienced', 'worked', 'previous', 'background'],
        unless: ['supervise', 'supervising', 'supervision', 'delegate', 'delegating'],
        window: 4,
        cueKind: 'experience',
      },
      '(healthcare assistant|health care assistant|HCA|support worker|care assistant|carer) experience',
      'experience as a (healthcare assistant|health care assistant|HCA|support worker|care assistant|carer|care worker)',
      setting('(nursing home|nursing homes|residential care|domiciliary care|care home|care homes|supported living)'),
      // A ward is where care experience was gained when the experience is on it or based there; "taking charge of
      // a ward" and "ward-based medicines reconciliation" are activities.
      setting('(on|in|within|across) [(a|the)] [(busy|NHS)] [(hospital|general)] (ward|wards)'),
      '(ward|hospital ward) [based] experience',
      // A hospital worked in; "experience of teaching in a hospital" is an activity's place.
      setting('(working|worked|based) (in|within|at) [(a|an|the)] [(busy|NHS|acute|general)] (hospital|hospitals)'),
      setting("(in|within) [(adult|adults|adult's|children's)] social care"),
      // A health or care organisation named as where the work was: "working within a health service".
      setting(
        '(a|the) (healthcare|health care|health|health and social care|health or social care|social care|care) (sector|service|organisation)',
      ),
      'direct patient care',
      'hands-on care',
      'hospital experience',
      'hospital based experience',
      'patient care experience',
      'patient contact',
      setting('working with (patients|vulnerable people|vulnerable adults|service users)'),
    ],
  },
];
