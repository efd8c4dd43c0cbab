import type { SkillDefinition } from '../../spec/skill';

export const valuesSkills: SkillDefinition[] = [
  {
    id: 'val-nhs-values',
    label: 'NHS / Trust values',
    category: 'values',
    variants: [
      'NHS values',
      'NHS Constitution',
      'NHS Constitution values',
      '(Trust|trust\'s|organisational|organisation\'s|our|the Trust\'s|Board\'s|Health Board) values',
      'values based',
      'values-based',
      'demonstrate our values',
      'demonstrates our values',
    ],
  },
  {
    id: 'val-cpd-reflection',
    label: 'Commitment to CPD and reflection',
    category: 'values',
    variants: [
      'continuing professional development',
      'continuous professional development',
      'continued professional development',
      'professional development',
      'evidence of CPD',
      'lifelong learning',
      'reflective practice',
      'reflective practitioner',
      'willingness to learn',
      'commitment to learning',
    ],
    abbreviations: ['CPD'],
  },
];
