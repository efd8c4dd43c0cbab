import { describe, expect, it } from 'vitest';
import { skillCatalogue } from '../../../src/background/skill-catalogue';

describe('the skill catalogue', () => {
  it('gives labels and relations, and the phrases only to a page that searches them', async () => {
    const bare = (await skillCatalogue({ type: 'skills', customSkills: [] }))!.skills;
    const nurse = bare.find((s) => s.id === 'reg-nmc-nurse')!;
    expect(nurse).toMatchObject({ label: expect.any(String), category: 'registration', variants: [] });
    expect(nurse.implies.length + nurse.broader.length).toBeGreaterThan(0);
    const full = (await skillCatalogue({ type: 'skills', customSkills: [], phrases: true }))!.skills;
    expect(full.find((s) => s.id === 'reg-nmc-nurse')!.variants.length).toBeGreaterThan(3);
  });

  it('answers nothing to a request it cannot read', async () => {
    expect(await skillCatalogue({ type: 'skills', customSkills: 'all' })).toBeUndefined();
  });
});
