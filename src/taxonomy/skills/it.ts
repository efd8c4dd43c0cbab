import type { SkillDefinition } from '../../spec/skill';

export const itSkills: SkillDefinition[] = [
  {
    id: 'it-digital-literacy',
    label: 'IT / computer literacy',
    category: 'it',
    variants: [
      'IT literate',
      'IT literacy',
      'IT skills',
      'computer literate',
      'computer literacy',
      'computer skills',
      'computer systems',
      'digitally literate',
      'digital literacy',
      'digital skills',
      'confidence with computers',
      'confident with computers',
      'use of computers',
      'information technology',
      'keyboard skills',
      'computer',
    ],
    abbreviations: ['IT'],
  },
  {
    id: 'it-ms-office',
    label: 'Microsoft Office',
    category: 'it',
    variants: [
      'Microsoft Office',
      'MS Office',
      'Microsoft 365',
      'Office 365',
      '[Microsoft|MS] (Word|Excel|PowerPoint|Outlook)',
      'Microsoft Teams',
      'MS Teams',
    ],
    abbreviations: [
      'Excel',
      'PowerPoint',
      'Outlook',
      { text: 'Word', needs: ['Excel', 'PowerPoint', 'Outlook', 'Office', 'Access', 'Microsoft', 'MS'] },
    ],
  },
];
