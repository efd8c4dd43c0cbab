import type { HistoryEntry } from '../../../src/core/history/history-entry';
import { sampleProfile } from './workspace';

/** The profile the README's pictures show: the sample, with a skill of the user's own and a qualification. */
export const screenshotProfile = () =>
  sampleProfile({
    customSkills: [{ id: 'custom-patient-flow', label: 'Patient flow', variants: ['bed moves'], category: 'other' }],
    skills: [
      ...sampleProfile().skills,
      { skillId: 'custom-patient-flow', status: 'held' },
      { skillId: 'qual-masters', status: 'working-towards' },
    ],
    qualifications: [
      {
        id: 'qual-1',
        title: 'BSc (Hons) Adult Nursing',
        institution: 'University of Riverside',
        year: 2017,
        status: 'held',
        skillId: 'qual-degree',
      },
    ],
  });

/** An advert looked at before, with fixed dates. */
function pastAdvert(
  url: string,
  title: string,
  employer: string,
  band: string,
  day: string,
  gaps: HistoryEntry['gaps'],
): HistoryEntry {
  const blockers = gaps.filter((g) => g.level === 'essential');
  return {
    version: 1,
    url,
    title,
    employer,
    band,
    closingDate: null,
    reference: null,
    firstSeen: `${day}T09:00:00.000Z`,
    updatedAt: `${day}T09:00:00.000Z`,
    score: {
      primary: 'essential',
      primaryPoints: { earned: 14, possible: 20 },
      desirablePoints: { earned: 2, possible: 6 },
      blockers: blockers.length,
    },
    essential: { total: 10, held: 10 - blockers.length },
    blockers: blockers.map((g) => ({ text: g.label, skillIds: [g.skillId] })),
    gaps,
  };
}

const governance = { skillId: 'gov-clinical-governance', label: 'Clinical governance', level: 'essential' as const };

/** Two adverts seen before the pictures are taken: the sample advert (which keeps its first-seen date) and another. */
export const screenshotHistory = (sampleUrl: string): HistoryEntry[] => [
  pastAdvert(
    sampleUrl,
    'Ward Manager - Acute Medicine',
    'Riverside Community Hospitals NHS Trust',
    'Band 7',
    '2026-12-11',
    [governance],
  ),
  pastAdvert(
    'https://www.jobs.nhs.uk/candidate/jobadvert/C9999-26-0002',
    'Deputy Ward Manager - Respiratory',
    'Hillside University Hospitals NHS Foundation Trust',
    'Band 6',
    '2026-11-21',
    [governance],
  ),
];
