import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profile/parse-profile';
import sampleProfile from '../../../src/cli/sample/profile.json';

const valid = { version: 1, skills: [{ skillId: 'gov-clinical-audit' }], updatedAt: '2026-11-01T09:00:00.000Z' };

describe('parseProfile', () => {
  it('accepts a valid profile and fills defaults', () => {
    const parsed = parseProfile(valid);
    expect(parsed).toEqual({
      ok: true,
      profile: { ...valid, skills: [{ skillId: 'gov-clinical-audit', status: 'held' }], customSkills: [], registrations: [] },
    });
  });

  it('accepts the bundled sample profile', () => {
    expect(parseProfile(sampleProfile).ok).toBe(true);
  });

  it('names the field that failed', () => {
    const bad = parseProfile({ ...valid, skills: [{ skillId: 'x', since: 'last year' }] });
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.error).toMatch(/^skills\.0\.since: /);
  });

  it('rejects non-objects, missing versions and versions from the future', () => {
    expect(parseProfile(null)).toEqual({ ok: false, error: '(profile): expected a JSON object' });
    expect(parseProfile([])).toMatchObject({ ok: false });
    expect(parseProfile({ skills: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/^version/) });
    expect(parseProfile({ ...valid, version: 99 })).toMatchObject({ ok: false, error: expect.stringMatching(/newer/) });
  });
});
