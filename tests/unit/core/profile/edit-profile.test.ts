import { describe, expect, it } from 'vitest';
import {
  addSkill,
  hasSkill,
  removeEvidenceNote,
  removeSkill,
  saveEvidenceNote,
  setSkillSince,
} from '../../../../src/core/profile/edit-profile';
import { emptyProfile } from '../../../../src/core/model/profile';

const T0 = new Date('2026-01-01T00:00:00Z');
const T1 = new Date('2026-02-01T00:00:00Z');
const fields = { situation: 'Falls rose', action: 'I audited', result: 'Falls fell' };

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

  it('saves a note by id: replaces it, adds a new one after it, removes one', () => {
    let profile = addSkill(emptyProfile(T0), 'a', 'held', T0);
    profile = saveEvidenceNote(profile, 'a', 'n1', fields, T0);
    profile = saveEvidenceNote(profile, 'a', 'n2', { ...fields, result: 'Second' }, T0);
    profile = saveEvidenceNote(profile, 'a', 'n1', { ...fields, action: 'I led an audit' }, T1);
    expect(profile.skills[0]!.evidence).toEqual([
      { id: 'n1', ...fields, action: 'I led an audit', updatedAt: T1.toISOString() },
      { id: 'n2', ...fields, result: 'Second', updatedAt: T0.toISOString() },
    ]);
    profile = removeEvidenceNote(profile, 'a', 'n1', T1);
    expect(profile.skills[0]!.evidence!.map((n) => n.id)).toEqual(['n2']);
  });

  it('keeps a note written for a skill that another page removed meanwhile', () => {
    const removedElsewhere = removeSkill(addSkill(emptyProfile(T0), 'a', 'held', T0), 'a', T0);
    const saved = saveEvidenceNote(removedElsewhere, 'a', 'n1', fields, T1);
    expect(saved.skills).toEqual([
      { skillId: 'a', status: 'held', evidence: [{ id: 'n1', ...fields, updatedAt: T1.toISOString() }] },
    ]);
  });

  it('sets and clears the date a skill was gained', () => {
    const dated = setSkillSince(addSkill(emptyProfile(T0), 'a', 'held', T0), 'a', '2020-05-01', T1);
    expect(dated.skills[0]!.since).toBe('2020-05-01');
    expect('since' in setSkillSince(dated, 'a', undefined, T1).skills[0]!).toBe(false);
  });
});
