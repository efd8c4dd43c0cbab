import { describe, expect, it } from 'vitest';
import {
  removeQualification,
  removeRegistration,
  saveQualification,
  saveRegistration,
  setAbout,
  setPreferences,
} from '../../../../src/core/profile/edit-entries';
import { parseProfile } from '../../../../src/core/profile/parse-profile';
import { emptyProfile } from '../../../../src/core/model/profile';

const T0 = new Date('2026-01-01T00:00:00Z');

describe('entry edits', () => {
  it('adds, replaces by id and removes registrations and qualifications', () => {
    let profile = saveRegistration(emptyProfile(T0), { id: 'r1', body: 'NMC', number: '12A3456B' }, T0);
    profile = saveRegistration(profile, { id: 'r2', body: 'HCPC' }, T0);
    profile = saveRegistration(profile, { id: 'r1', body: 'NMC', number: '12A3456B', expires: '2027-08-31' }, T0);
    expect(profile.registrations).toEqual([
      { id: 'r1', body: 'NMC', number: '12A3456B', expires: '2027-08-31' },
      { id: 'r2', body: 'HCPC' },
    ]);
    expect(removeRegistration(profile, 'r1', T0).registrations.map((r) => r.id)).toEqual(['r2']);

    profile = saveQualification(profile, { id: 'q1', title: 'BSc Nursing', status: 'held', year: 2019 }, T0);
    expect(profile.qualifications).toHaveLength(1);
    expect(removeQualification(profile, 'q1', T0).qualifications).toEqual([]);
  });

  it('sets and clears the band and years of experience, leaving what it is not given', () => {
    const set = setAbout(emptyProfile(T0), { band: 'Band 6', yearsExperience: 7 }, T0);
    expect(set).toMatchObject({ band: 'Band 6', yearsExperience: 7 });
    const cleared = setAbout(set, { band: '' }, T0);
    expect('band' in cleared).toBe(false);
    expect(cleared.yearsExperience).toBe(7);
    expect(parseProfile(cleared).ok).toBe(true);
  });

  it('merges preferences', () => {
    const profile = setPreferences(emptyProfile(T0), { wordLimit: 1000 }, T0);
    expect(profile.preferences).toEqual({ wordLimit: 1000, keepHistory: true });
  });
});
