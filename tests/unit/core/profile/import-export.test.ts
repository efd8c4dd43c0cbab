import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, exportProfileJson, parseImport } from '../../../../src/core/profile/import-export';
import { parseProfile } from '../../../../src/core/profile/parse-profile';
import { PROFILE_VERSION, type Profile } from '../../../../src/core/model/profile';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const words = (max: number) => fc.string({ maxLength: max });
const label = fc.string({ minLength: 1, maxLength: 40 });
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const stamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const note = fc.record(
  { id, situation: words(300), action: words(300), result: words(300), updatedAt: stamp },
  { requiredKeys: ['id', 'situation', 'action', 'result'] },
);
const profileArbitrary = fc.record(
  {
    version: fc.constant(PROFILE_VERSION),
    skills: fc.array(
      fc.record(
        {
          skillId: label,
          status: fc.constantFrom('held', 'working-towards'),
          since: date,
          evidence: fc.array(note, { maxLength: 3 }),
        },
        { requiredKeys: ['skillId', 'status'] },
      ),
      { maxLength: 8 },
    ),
    customSkills: fc.array(
      fc.record({
        id: fc.stringMatching(/^custom(-[a-z0-9]{1,8}){1,3}$/),
        label,
        variants: fc.array(label, { maxLength: 4 }),
        category: fc.constantFrom('clinical', 'other', 'it'),
      }),
      { maxLength: 3 },
    ),
    registrations: fc.array(
      fc.record(
        { id, body: label, number: words(20), expires: date, skillId: label },
        { requiredKeys: ['id', 'body'] },
      ),
      { maxLength: 3 },
    ),
    qualifications: fc.array(
      fc.record(
        {
          id,
          title: label,
          institution: words(40),
          year: fc.integer({ min: 1940, max: 2100 }),
          status: fc.constantFrom('held', 'working-towards'),
          skillId: label,
        },
        { requiredKeys: ['id', 'title', 'status'] },
      ),
      { maxLength: 3 },
    ),
    band: words(20),
    yearsExperience: fc.integer({ min: 0, max: 60 }),
    preferences: fc.record({ wordLimit: fc.integer({ min: 100, max: 20_000 }), keepHistory: fc.boolean() }),
    updatedAt: stamp,
  },
  {
    requiredKeys: ['version', 'skills', 'customSkills', 'registrations', 'qualifications', 'preferences', 'updatedAt'],
  },
);

describe('import and export', () => {
  it('round-trips every valid profile exactly: export → import gives the same profile and the same file', () => {
    fc.assert(
      fc.property(profileArbitrary, (generated) => {
        const parsed = parseProfile(generated);
        expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
        const profile = (parsed as { profile: Profile }).profile;
        const file = exportProfileJson(profile);
        const imported = parseImport(file);
        expect(imported).toEqual({ ok: true, profile });
        expect(exportProfileJson((imported as { profile: Profile }).profile)).toBe(file);
      }),
      { numRuns: 200 },
    );
  });

  it('names what is wrong with a bad file', () => {
    expect(parseImport('{ "version": 2, ')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^\(file\): not valid JSON/),
    });
    expect(parseImport('"a string"')).toEqual({ ok: false, error: '(profile): expected a JSON object' });
    const bad = parseImport(
      JSON.stringify({
        version: 2,
        skills: [],
        registrations: [{ id: 'r', body: 'NMC', expires: '31/08/2027' }],
        updatedAt: '2026-01-01T00:00:00.000Z',
      }),
    );
    expect(!bad.ok && bad.error).toMatch(/^registrations\.0\.expires: /);
  });

  it('imports a version 1 file by migrating it', () => {
    const v1 = {
      version: 1,
      skills: [{ skillId: 'gov-clinical-audit', evidence: 'Audit' }],
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const imported = parseImport(JSON.stringify(v1));
    expect(imported.ok && imported.profile.skills[0]?.evidence?.[0]?.situation).toBe('Audit');
  });

  it('names the file after the day', () => {
    expect(exportFileName(new Date('2026-11-24T12:00:00Z'))).toBe('nhs-profile-2026-11-24.json');
  });
});
