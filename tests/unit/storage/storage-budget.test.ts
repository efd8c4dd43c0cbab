import { describe, expect, it } from 'vitest';
import {
  HISTORY_ENTRY_LIMITS,
  HISTORY_LIMIT,
  historyEntrySchema,
  historyKey,
} from '../../../src/core/history/history-entry';
import { PROFILE_LIMITS, PROFILE_VERSION, profileSchema } from '../../../src/core/model/profile';
import { exportProfileJson, MAX_IMPORT_BYTES } from '../../../src/core/profile/import-export';
import { DOCUMENTS_LIMIT, documentsKey, KEPT_DOCUMENTS_CHARS } from '../../../src/storage/document-criteria-store';

/** Chrome's storage.local holds 10 MB, counted as each key plus its value's JSON, in UTF-8 bytes. */
const QUOTA = 10 * 1024 * 1024;
const stored = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Every text at its longest, in a character of three bytes (all of the Basic Multilingual Plane is at most three). */
const wide = (n: number) => '€'.repeat(n);
const id = (prefix: string, i: number, n = 80) => `${prefix}${i}`.padEnd(n, 'x');
const DATE = '2020-01-01';
const STAMP = '2026-01-01T00:00:00.000Z';
const L = PROFILE_LIMITS;

function maximalProfile() {
  const notesPerSkill = L.notesPerSkill;
  const skillsWithNotes = L.notes / notesPerSkill;
  const noteChars = L.notesChars / L.notes / 3;
  return {
    version: PROFILE_VERSION,
    skills: Array.from({ length: L.skills }, (_, s) => ({
      skillId: wide(L.skillIdChars),
      status: 'working-towards',
      since: DATE,
      evidence: Array.from({ length: s < skillsWithNotes ? notesPerSkill : 0 }, (_, n) => ({
        id: id(`n${s}-`, n),
        situation: wide(noteChars),
        action: wide(noteChars),
        result: wide(noteChars),
        updatedAt: STAMP,
      })),
    })),
    customSkills: Array.from({ length: L.customSkills }, (_, i) => ({
      id: id(`custom-${i}-`, 0).replace(/x/g, 'a'),
      label: wide(L.labelChars),
      variants: Array.from({ length: L.variants }, () => wide(L.variantChars)),
      category: 'communication',
    })),
    registrations: Array.from({ length: L.registrations }, (_, i) => ({
      id: id('r', i),
      body: wide(60),
      number: wide(60),
      expires: DATE,
      skillId: wide(L.skillIdChars),
    })),
    qualifications: Array.from({ length: L.qualifications }, (_, i) => ({
      id: id('q', i),
      title: wide(200),
      institution: wide(200),
      year: 2000,
      status: 'working-towards',
      skillId: wide(L.skillIdChars),
    })),
    band: wide(20),
    yearsExperience: 59.12345678901234,
    preferences: { wordLimit: 20_000, keepHistory: false },
    updatedAt: STAMP,
  };
}

function maximalHistoryEntry() {
  const H = HISTORY_ENTRY_LIMITS;
  const big = -1.7976931348623157e308;
  const points = { earned: big, possible: big };
  return {
    version: 1,
    url: wide(H.urlChars),
    title: wide(H.titleChars),
    employer: wide(H.employerChars),
    band: wide(H.shortChars),
    closingDate: wide(H.shortChars),
    reference: wide(H.shortChars),
    firstSeen: STAMP,
    updatedAt: STAMP,
    score: { primary: 'unspecified', primaryPoints: points, desirablePoints: points, blockers: big },
    essential: { total: big, held: big },
    blockers: Array.from({ length: H.blockers }, (_, i) => ({
      text: wide(H.blockerChars),
      skillIds: Array.from({ length: H.skillsPerBlocker }, (_, j) => id(`s${i}-`, j)),
    })),
    gaps: Array.from({ length: H.gaps }, (_, i) => ({
      skillId: id('g', i),
      label: wide(H.labelChars),
      level: 'unspecified',
    })),
  };
}

/** The criteria kept for one advert's documents, at the most one advert keeps. */
const maximalDocuments = () => ({
  version: 1,
  savedAt: STAMP,
  documents: { [wide(KEPT_DOCUMENTS_CHARS - '{"":[]}'.length)]: [] },
});

describe('the largest valid store fits in storage.local', () => {
  const profile = maximalProfile();
  const entry = maximalHistoryEntry();
  const documents = maximalDocuments();

  it('builds the largest valid values, each one character short of being refused', () => {
    expect(profileSchema.safeParse(profile).success).toBe(true);
    expect(historyEntrySchema.safeParse(entry).success).toBe(true);
    const longer = structuredClone(profile);
    longer.skills[0]!.evidence[0]!.result += 'x';
    expect(profileSchema.safeParse(longer).success).toBe(false);
    const oneMore = structuredClone(profile);
    oneMore.skills.at(-1)!.evidence.push({ ...profile.skills[0]!.evidence[0]!, id: 'one-more', result: '' });
    expect(profileSchema.safeParse(oneMore).success).toBe(false);
  });

  it('keeps the profile, its undo copy, a full history and the kept documents under 65% of 10 MB (6.1 MB)', () => {
    const profileBytes = stored('profile', profile);
    const total =
      2 * profileBytes +
      HISTORY_LIMIT * stored(historyKey('https://www.jobs.nhs.uk/candidate/jobadvert/C1'), entry) +
      DOCUMENTS_LIMIT * stored(documentsKey('https://www.jobs.nhs.uk/candidate/jobadvert/C1'), documents);
    expect(total).toBeLessThan(0.65 * QUOTA);
  });

  it('exports the largest profile to a file the import accepts', () => {
    const controls = JSON.parse(JSON.stringify(profile).replace(/€/g, '\\u0001')) as typeof profile;
    expect(profileSchema.safeParse(controls).success).toBe(true);
    // A control character takes six bytes in JSON ("\u0001"), the most any character takes.
    const file = exportProfileJson(profileSchema.parse(controls));
    expect(new TextEncoder().encode(file).length).toBeLessThan(MAX_IMPORT_BYTES);
  });
});
