import type { SkillDefinition } from '../../spec/skill';

/** Words that make a bare "audit" clinical (taxonomy 4.4 rule 1). */
const AUDIT_CUES = [
  'clinical', 're-audit', 'reaudit', 'cycle', 'NICE', 'standards', 'QI', 'patient', 'patients',
  'care', 'quality', 'improvement', 'service', 'practice', 'outcomes', 'research', 'evaluation',
];
const NOT_CLINICAL_AUDIT = ['financial', 'finance', 'internal audit', 'external audit', 'audit trail', 'accounts'];

export const governanceSkills: SkillDefinition[] = [
  {
    id: 'gov-clinical-audit',
    label: 'Clinical audit',
    category: 'governance',
    variants: [
      'clinical audit',
      'audit cycle',
      're-audit',
      'national audit',
      'audit and feedback',
      'HQIP',
      'NCAPOP',
      { text: '(audit|audits|auditing)', needs: AUDIT_CUES, unless: NOT_CLINICAL_AUDIT },
      { text: '(undertaking|undertake|undertaken|conducting|conduct|carrying out|carry out) [of] audit', unless: NOT_CLINICAL_AUDIT },
    ],
    notes: 'Bare "audit" needs a clinical cue within six words; financial or internal audit never maps here.',
  },
  {
    id: 'gov-clinical-governance',
    label: 'Clinical governance',
    category: 'governance',
    variants: [
      'clinical governance',
      'governance framework',
      'integrated governance',
      'quality and governance',
      {
        text: 'governance',
        needs: ['clinical', 'patient', 'quality', 'safety', 'care', 'risk'],
        unless: ['information', 'research', 'corporate', 'data'],
      },
    ],
  },
  {
    id: 'gov-quality-improvement',
    label: 'Quality / service improvement',
    category: 'governance',
    variants: [
      'quality improvement',
      'service improvement',
      'continuous improvement',
      'improvement project',
      'improvement methodology',
      'improvement methodologies',
      'PDSA',
      'plan do study act',
    ],
    abbreviations: ['QI'],
  },
  {
    id: 'gov-risk-management',
    label: 'Risk management',
    category: 'governance',
    variants: [
      'risk management',
      'managing risk',
      'manage risk',
      'risk register',
      'mitigating risk',
      'mitigate risk',
      'clinical risk management',
    ],
  },
  {
    id: 'gov-safeguarding',
    label: 'Safeguarding adults and children',
    category: 'governance',
    variants: [
      'safeguarding',
      'safeguard vulnerable (adults|children|people)',
      'child protection',
      'adult protection',
      'protection of vulnerable adults',
      'POVA',
      'preventing radicalisation',
    ],
    abbreviations: ['PREVENT', { text: 'Prevent', needs: ['training', 'radicalisation', 'safeguarding', 'duty'] }],
    notes: '"Level 3" is recorded as a parameter only when it sits next to the safeguarding phrase.',
  },
];
