import { describe, expect, it } from 'vitest';
import {
  customSkillDefinition,
  customSkillId,
  removeCustomSkill,
  saveCustomSkill,
} from '../../../../src/core/profile/custom-skills';
import { emptyProfile, type CustomSkill } from '../../../../src/core/model/profile';

const T0 = new Date('2026-01-01T00:00:00Z');
const phlebotomy: CustomSkill = {
  id: 'custom-phlebotomy',
  label: 'Phlebotomy',
  variants: ['venepuncture', 'taking blood (samples)'],
  category: 'clinical',
};

describe('custom skills', () => {
  it('makes ids from labels, unique among those taken', () => {
    expect(customSkillId('Phlebotomy (adults)', [])).toBe('custom-phlebotomy-adults');
    expect(customSkillId('Phlebotomy', ['custom-phlebotomy'])).toBe('custom-phlebotomy-2');
    expect(customSkillId('   ', [])).toBe('custom-skill');
  });

  it('adds a custom skill to the profile as held, and removes it with its entry', () => {
    const saved = saveCustomSkill(emptyProfile(T0), phlebotomy, T0);
    expect(saved.customSkills).toEqual([phlebotomy]);
    expect(saved.skills).toEqual([{ skillId: 'custom-phlebotomy', status: 'held' }]);
    const renamed = saveCustomSkill(saved, { ...phlebotomy, label: 'Venepuncture' }, T0);
    expect(renamed.customSkills.map((c) => c.label)).toEqual(['Venepuncture']);
    expect(renamed.skills).toHaveLength(1);
    const removed = removeCustomSkill(renamed, 'custom-phlebotomy', T0);
    expect(removed.customSkills).toEqual([]);
    expect(removed.skills).toEqual([]);
  });

  it('reads pattern characters in the user’s words literally', () => {
    expect(customSkillDefinition(phlebotomy).variants).toEqual(['Phlebotomy', 'venepuncture', 'taking blood  samples']);
  });
});
