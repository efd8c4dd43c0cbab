import { describe, expect, it } from 'vitest';
import { addSkill, hasSkill, removeSkill } from '../../../src/profile/edit-profile';
import { emptyProfile } from '../../../src/spec/profile';

const T0 = new Date('2026-01-01T00:00:00Z');
const T1 = new Date('2026-02-01T00:00:00Z');

describe('profile edits', () => {
  it('adds a skill once, updates its status, and stamps the change', () => {
    const once = addSkill(emptyProfile(T0), 'gov-clinical-audit', 'held', T1);
    const again = addSkill(once, 'gov-clinical-audit', 'working-towards', T1);
    expect(again.skills).toEqual([{ skillId: 'gov-clinical-audit', status: 'working-towards' }]);
    expect(once.updatedAt).toBe(T1.toISOString());
  });

  it('removes a skill without touching the others', () => {
    let profile = addSkill(addSkill(emptyProfile(T0), 'a', 'held', T0), 'b', 'held', T0);
    profile = removeSkill(profile, 'a', T1);
    expect(profile.skills.map((s) => s.skillId)).toEqual(['b']);
    expect(hasSkill(profile, 'a')).toBe(false);
    expect(hasSkill(profile, 'b')).toBe(true);
  });
});
