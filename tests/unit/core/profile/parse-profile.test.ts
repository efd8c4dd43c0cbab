import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../../src/core/profile/parse-profile';
import { PROFILE_VERSION } from '../../../../src/core/model/profile';
import sampleProfile from '../../../../src/cli/sample/profile.json';

const valid = {
  version: PROFILE_VERSION,
  skills: [{ skillId: 'gov-clinical-audit' }],
  updatedAt: '2026-11-01T09:00:00.000Z',
};

describe('parseProfile', () => {
  it('accepts a valid profile and fills defaults', () => {
    const parsed = parseProfile(valid);
    expect(parsed).toEqual({
      ok: true,
      profile: {
        ...valid,
        skills: [{ skillId: 'gov-clinical-audit', status: 'held' }],
        customSkills: [],
        registrations: [],
        qualifications: [],
        preferences: { wordLimit: 1500, keepHistory: true },
      },
    });
  });

  it('accepts the bundled sample profile', () => {
    expect(parseProfile(sampleProfile).ok).toBe(true);
  });

  it('names the field that failed', () => {
    const bad = parseProfile({ ...valid, skills: [{ skillId: 'x', since: 'last year' }] });
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.error).toMatch(/^skills\.0\.since: /);
    const note = parseProfile({
      ...valid,
      skills: [{ skillId: 'x', evidence: [{ id: 'n', situation: 'a'.repeat(4001) }] }],
    });
    expect(!note.ok && note.error).toMatch(/^skills\.0\.evidence\.0\.situation: /);
    const limit = parseProfile({ ...valid, preferences: { wordLimit: 5 } });
    expect(!limit.ok && limit.error).toMatch(/^preferences\.wordLimit: /);
  });

  it('rejects non-objects, missing versions and versions from the future', () => {
    expect(parseProfile(null)).toEqual({ ok: false, error: '(profile): expected a JSON object' });
    expect(parseProfile([])).toMatchObject({ ok: false });
    expect(parseProfile({ skills: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/^version/) });
    expect(parseProfile({ ...valid, version: 99 })).toMatchObject({ ok: false, error: expect.stringMatching(/newer/) });
  });
});
