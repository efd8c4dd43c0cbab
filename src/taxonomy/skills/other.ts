import type { SkillDefinition } from '../../spec/skill';

export const otherSkills: SkillDefinition[] = [
  {
    id: 'other-organisation-time',
    label: 'Organisation and time management',
    category: 'other',
    variants: [
      'organisational skills',
      'organisational ability',
      'organisation skills',
      'well organised',
      'highly organised',
      'good organisation',
      'organised',
      'time management',
      'manage time',
      'manage own time',
      'prioritise workload',
      'prioritise own workload',
      'prioritise work',
      'prioritisation',
      'meet deadlines',
      'meeting deadlines',
      'work to deadlines',
      'working to deadlines',
      'multitask',
      'multi-task',
      'multitasking',
      'multi-tasking',
    ],
  },
];
