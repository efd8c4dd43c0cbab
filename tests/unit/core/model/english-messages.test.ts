import { beforeAll, describe, expect, it } from 'vitest';
import { loadEnglishMessages } from '../../../../src/core/model/english-messages';
import { PROFILE_LIMITS } from '../../../../src/core/model/profile';
import { parseImport } from '../../../../src/core/profile/import-export';

const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ version: 2, skills: [], updatedAt: '2026-01-01T00:00:00.000Z', ...fields });
const errorOf = (text: string) => {
  const parsed = parseImport(text);
  return parsed.ok ? 'ok' : parsed.error;
};

describe('validation errors in words', () => {
  it('says only "Invalid input" before English messages are loaded (zod/mini has none of its own)', () => {
    expect(errorOf(file({ registrations: [{ id: 'r', body: 'NMC', expires: '31/08/2027' }] }))).toBe(
      'registrations.0.expires: Invalid input',
    );
  });

  describe('once loaded, as the pages, the background and the command line do', () => {
    beforeAll(() => loadEnglishMessages());

    it('names each field and says what is wrong with it', () => {
      expect(errorOf(file({ registrations: [{ id: 'r', body: 'NMC', expires: '31/08/2027' }] }))).toBe(
        'registrations.0.expires: Invalid ISO date',
      );
      expect(errorOf(file({ skills: 'lots' }))).toBe('skills: Invalid input: expected array, received string');
      expect(errorOf(file({ qualifications: [{ id: 'q', title: 'BSc', year: 1800 }] }))).toBe(
        'qualifications.0.year: Too small: expected number to be >=1940',
      );
      expect(errorOf(file({ band: 'B'.repeat(21) }))).toBe('band: Too big: expected string to have <=20 characters');
    });

    it('names the limits on evidence notes in all', () => {
      const note = (i: number, chars: number) => ({ id: `n${i}`, situation: 'x'.repeat(chars) });
      const skills = Array.from({ length: 30 }, (_, s) => ({
        skillId: `skill-${s}`,
        evidence: Array.from({ length: 20 }, (_, n) => note(s * 20 + n, 10)),
      }));
      expect(errorOf(file({ skills }))).toBe(`skills: Too many evidence notes: at most ${PROFILE_LIMITS.notes} in all`);
      const long = Array.from({ length: 80 }, (_, s) => ({ skillId: `skill-${s}`, evidence: [note(s, 3900)] }));
      expect(errorOf(file({ skills: long }))).toBe(
        'skills: Evidence notes too long: at most 300,000 characters in all',
      );
    });
  });
});
