import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import type { CustomSkill } from '../../../../src/core/model/profile';
import { profileMatchers } from '../../../../src/core/pipeline/profile-matcher';
import { COMPILED_HERE, defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

const matcherForCustomSkills = profileMatchers(COMPILED_HERE);

const phlebotomy: CustomSkill = {
  id: 'custom-phlebotomy',
  label: 'Phlebotomy',
  variants: ['venepuncture', 'taking blood (samples)'],
  category: 'clinical',
};

describe('the matcher for a profile', () => {
  it('matches custom skills on adverts alongside the taxonomy, compiling once per set of custom skills', () => {
    // A made-up system name, so the growing taxonomy never knows it.
    const zephyr: CustomSkill = {
      id: 'custom-zephyr',
      label: 'Zephyr rostering',
      variants: ['ZephyrRota'],
      category: 'it',
    };
    const matcher = matcherForCustomSkills([zephyr]);
    const hits = matchText(matcher, 'Experience of ZephyrRota and clinical audit');
    expect(hits.map((h) => h.skillId)).toEqual(['custom-zephyr', 'gov-clinical-audit']);
    expect(hits[0]).toMatchObject({ matchedText: 'ZephyrRota', variant: 'ZephyrRota' });
    expect(matcherForCustomSkills([{ ...zephyr }])).toBe(matcher);
    expect(matcherForCustomSkills([])).toBe(defaultMatcher());
  });

  it('leaves out a custom skill that cannot be compiled instead of failing', () => {
    const broken = { id: 'custom-x', label: 'X', variants: ['(a|b'], category: 'other' } as CustomSkill;
    const matcher = matcherForCustomSkills([phlebotomy, broken]);
    expect(matcher.skills.has('custom-phlebotomy')).toBe(true);
  });
});
