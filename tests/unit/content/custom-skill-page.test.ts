import { describe, expect, it } from 'vitest';
import { createAdvertPage } from '../../../src/content/advert-page';
import type { ProfileState } from '../../../src/storage/profile-store';
import { emptyProfile, type CustomSkill } from '../../../src/core/model/profile';
import { compileTaxonomy } from '../../../src/core/taxonomy/compile';
import { customSkillDefinition } from '../../../src/core/profile/custom-skills';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';
import { TEST_SKILLS } from '../support/make-report';
import { parseHtml } from '../support/parse-html';

const URL_ = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001');
const html = buildAdvert({
  categories: [{ label: 'Skills', essential: ['Competent in venepuncture'], desirable: [] }],
});
const phlebotomy: CustomSkill = {
  id: 'custom-phlebotomy',
  label: 'Phlebotomy',
  variants: ['venepuncture'],
  category: 'clinical',
};
const withCustom = (custom: CustomSkill[]): ProfileState => ({
  state: 'ok',
  profile: { ...emptyProfile(), customSkills: custom, skills: custom.map((c) => ({ skillId: c.id, status: 'held' })) },
});

// The page's matcher follows the profile's custom skills (the real taxonomy is swapped for a small one).
const compiled = new Map<string, ReturnType<typeof compileTaxonomy>>();
const matcherFor = (state: ProfileState) => {
  const custom = state.state === 'ok' ? state.profile.customSkills : [];
  const key = JSON.stringify(custom);
  if (!compiled.has(key)) compiled.set(key, compileTaxonomy([...TEST_SKILLS, ...custom.map(customSkillDefinition)]));
  return compiled.get(key)!;
};

describe('an advert page with custom skills', () => {
  it('analyses the page again when the custom skills change, and matches them like built-in ones', () => {
    const page = createAdvertPage(parseHtml(html), URL_, matcherFor, withCustom([]));
    expect(page.state.report?.criteria[0]?.status).toBe('not-a-skill');
    page.setProfile(withCustom([phlebotomy]));
    expect(page.state.report?.criteria[0]).toMatchObject({
      status: 'not-evidenced',
      criterion: { hits: [{ skillId: 'custom-phlebotomy', matchedText: 'venepuncture' }] },
    });
    expect(page.matcher.skills.has('custom-phlebotomy')).toBe(true);
  });

  it('keeps the analysis when the custom skills did not change', () => {
    const page = createAdvertPage(parseHtml(html), URL_, matcherFor, withCustom([phlebotomy]));
    const analysis = page.state.analysis;
    page.setProfile(withCustom([{ ...phlebotomy }]));
    expect(page.state.analysis).toBe(analysis);
  });
});
