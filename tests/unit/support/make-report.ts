import { compareWithProfile } from '../../../src/core/compare/compare';
import { matchSpec } from '../../../src/core/pipeline/match-spec';
import type { AssessmentMethod, Level } from '../../../src/core/model/criterion';
import type { PersonSpec } from '../../../src/core/model/person-spec';
import { emptyProfile, type Profile } from '../../../src/core/model/profile';
import type { Report } from '../../../src/core/model/report';
import type { SkillDefinition } from '../../../src/core/model/skill';
import { compileTaxonomy } from '../../../src/core/taxonomy/compile';

/** A small taxonomy of its own, so these tests do not move when the real one grows. */
export const TEST_SKILLS: SkillDefinition[] = [
  {
    id: 'reg-nurse',
    label: 'Registered nurse',
    category: 'registration',
    variants: ['registered nurse', 'NMC registration'],
  },
  { id: 'gov-audit', label: 'Clinical audit', category: 'governance', variants: ['clinical audit'] },
  { id: 'gov-risk', label: 'Risk management', category: 'governance', variants: ['risk management'] },
  { id: 'lead-manage', label: 'Line management', category: 'leadership', variants: ['line management'] },
  { id: 'it-excel', label: 'Excel', category: 'it', variants: ['excel'] },
];
export const testMatcher = compileTaxonomy(TEST_SKILLS);

export type TestCriterion = { level: Level; text: string; category?: string; assessedBy?: AssessmentMethod[] };

export function makeReport(
  criteria: TestCriterion[],
  profile: Partial<Profile> = {},
  spec: Partial<PersonSpec> = {},
  now = new Date('2026-11-24T12:00:00Z'),
): Report {
  const full: PersonSpec = {
    site: 'nhs-jobs',
    pageKind: 'advert',
    url: 'https://www.jobs.nhs.uk/candidate/jobadvert/T1',
    title: 'Staff Nurse',
    employer: 'Test Trust',
    band: 'Band 5',
    closingDate: null,
    reference: 'T1',
    salary: null,
    documents: [],
    ...spec,
    criteria: criteria.map((c, i) => ({
      id: `c${i + 1}`,
      category: c.category ?? 'Experience',
      level: c.level,
      text: c.text,
      ...(c.assessedBy ? { assessedBy: c.assessedBy } : {}),
    })),
  };
  return compareWithProfile(
    matchSpec(full, testMatcher),
    { ...emptyProfile(now), ...profile },
    testMatcher.skills,
    now,
  );
}
