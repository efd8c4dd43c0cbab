import type { SkillDefinition } from '../../spec/skill';

export const financeSkills: SkillDefinition[] = [
  {
    id: 'fin-numeracy',
    label: 'Numeracy',
    category: 'finance',
    variants: [
      'numeracy',
      'numerate',
      'numerical skills',
      'numeracy skills',
      'confidence with numbers',
      'confident with numbers',
      'good with numbers',
      'basic maths',
      'mathematical skills',
      'drug calculations',
    ],
  },
];
