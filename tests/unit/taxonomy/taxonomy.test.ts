import { describe, expect, it } from 'vitest';
import { skillDefinitionSchema } from '../../../src/spec/skill';
import { defaultMatcher } from '../../../src/taxonomy/default-matcher';
import { TAXONOMY } from '../../../src/taxonomy/skills';

/** The skills the foundation issue requires; the full list of contract ids is checked by the taxonomy issue's test. */
const SEED_IDS = [
  'reg-statutory-registration', 'reg-nmc-nurse', 'reg-hcpc', 'reg-gmc', 'gov-clinical-audit', 'gov-clinical-governance',
  'gov-risk-management', 'gov-quality-improvement', 'lead-leadership', 'lead-line-management', 'comm-verbal-written',
  'comm-teamwork', 'comm-negotiation-influencing', 'other-organisation-time', 'fin-numeracy', 'it-digital-literacy',
  'it-ms-office', 'val-cpd-reflection', 'val-nhs-values', 'gov-safeguarding', 'qual-degree', 'qual-masters',
];

describe('the taxonomy data', () => {
  it('is valid and compiles', () => {
    for (const skill of TAXONOMY) expect(skillDefinitionSchema.safeParse(skill).success, skill.id).toBe(true);
    expect(defaultMatcher().skills.size).toBe(TAXONOMY.length);
  });

  it('has every skill the foundation needs', () => {
    const ids = new Set(TAXONOMY.map((s) => s.id));
    expect(SEED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every skill at least one phrase', () => {
    for (const skill of TAXONOMY) expect((skill.variants.length + (skill.abbreviations?.length ?? 0)) > 0, skill.id).toBe(true);
  });
});
