import { describe, expect, it } from 'vitest';
import { migrateProfile, PROFILE_VERSIONS } from '../../../../src/core/profile/migrations';
import { parseProfile } from '../../../../src/core/profile/parse-profile';
import { PROFILE_VERSION } from '../../../../src/core/model/profile';
import v1 from './fixtures/profile-v1.json';
import v2 from './fixtures/profile-v2.json';

/** One saved profile per version that ever shipped: add the new one here when the version changes. */
const FIXTURES: Record<number, unknown> = { 1: v1, 2: v2 };

describe('profile migrations', () => {
  it.each(PROFILE_VERSIONS.map((v) => [v]))('reads a profile saved as version %i', (version) => {
    const fixture = FIXTURES[version];
    expect(fixture, `a fixture for version ${version}`).toBeDefined();
    const parsed = parseProfile(fixture);
    expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
    expect(parsed.ok && parsed.profile.version).toBe(PROFILE_VERSION);
  });

  it('turns version 1 evidence text into a first note, keeping every word', () => {
    const parsed = parseProfile(v1);
    if (!parsed.ok) throw new Error(parsed.error);
    const audit = parsed.profile.skills.find((s) => s.skillId === 'gov-clinical-audit');
    expect(audit?.evidence).toEqual([
      {
        id: 'note-1',
        situation: "Led the ward's falls audit and re-audited after a rota change.",
        action: '',
        result: '',
      },
    ]);
    // An empty note is not worth a note.
    expect(parsed.profile.skills.find((s) => s.skillId === 'comm-teamwork')?.evidence).toBeUndefined();
  });

  it('gives version 1 registrations ids and tidies custom skill ids everywhere they are used', () => {
    const parsed = parseProfile(v1);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.profile.registrations.map((r) => r.id)).toEqual(['reg-1', 'reg-2']);
    expect(parsed.profile.registrations[0]).toMatchObject({ body: 'NMC', number: '19I0001E', expires: '2027-08-31' });
    expect(parsed.profile.customSkills.map((c) => c.id)).toEqual(['custom-phlebotomy']);
    expect(parsed.profile.skills.map((s) => s.skillId)).toContain('custom-phlebotomy');
    expect(parsed.profile.skills.find((s) => s.skillId === 'custom-phlebotomy')?.evidence?.[0]?.situation).toBe(
      'Took bloods in clinic.',
    );
  });

  it('leaves a malformed version 1 value for validation to name, rather than guessing', () => {
    const migrated = migrateProfile({
      version: 1,
      skills: [{ skillId: 'x', evidence: 42 }],
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(migrated).toMatchObject({ ok: true, value: { version: 2, skills: [{ skillId: 'x', evidence: 42 }] } });
    const parsed = parseProfile({
      version: 1,
      skills: [{ skillId: 'x', evidence: 42 }],
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(!parsed.ok && parsed.error).toMatch(/^skills\.0\.evidence: /);
  });

  it('does not change the value it was given', () => {
    const copy = structuredClone(v1);
    migrateProfile(copy);
    expect(copy).toEqual(v1);
  });
});
