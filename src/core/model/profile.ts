import * as z from 'zod/mini';
import { skillCategorySchema } from './skill';

/** Bump with a migration in src/core/profile/migrations.ts; never change a shipped version's meaning. */
export const PROFILE_VERSION = 2;

export const DEFAULT_WORD_LIMIT = 1500;

/**
 * How much a profile may hold, so that the profile, the copy kept to undo an import, the history and
 * the criteria kept from documents all fit in the 10 MB of Chrome's storage.local with room to spare
 * (the worst case is worked out and checked in tests/unit/storage/storage-budget.test.ts). Each is far
 * beyond what one person writes: 300,000 characters of notes are about 50,000 words.
 */
export const PROFILE_LIMITS = {
  skills: 400,
  skillIdChars: 80,
  notesPerSkill: 20,
  notes: 400,
  notePartChars: 4000,
  notesChars: 300_000,
  customSkills: 100,
  labelChars: 120,
  variants: 12,
  variantChars: 80,
  registrations: 30,
  qualifications: 60,
} as const;
const L = PROFILE_LIMITS;

const isoDate = z.iso.date();
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const prose = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
/** Ids of entries inside the profile, so an edit names what it changes even if another page reordered the list. */
const entryId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));

/** One example for a skill, in the situation–action–result form a supporting statement uses. */
export const evidenceNoteSchema = z.object({
  id: entryId,
  situation: prose(L.notePartChars),
  action: prose(L.notePartChars),
  result: prose(L.notePartChars),
  updatedAt: z.optional(z.iso.datetime()),
});
export type EvidenceNote = z.infer<typeof evidenceNoteSchema>;

export const profileSkillSchema = z.object({
  skillId: text(L.skillIdChars),
  /** "held" unless the user is still working towards it. */
  status: z._default(z.enum(['held', 'working-towards']), 'held'),
  /** When the user gained it: checked against durations a criterion asks for ("2 years' experience"). */
  since: z.optional(isoDate),
  evidence: z.optional(z.array(evidenceNoteSchema).check(z.maxLength(L.notesPerSkill))),
});
export type ProfileSkill = z.infer<typeof profileSkillSchema>;

/** A skill the taxonomy lacks: its label and variants are matched on adverts like built-in ones. */
export const customSkillSchema = z.object({
  id: z.string().check(z.regex(/^custom(-[a-z0-9]+)+$/), z.maxLength(L.skillIdChars)),
  label: text(L.labelChars),
  variants: z.array(text(L.variantChars)).check(z.maxLength(L.variants)),
  category: z._default(skillCategorySchema, 'other'),
});
export type CustomSkill = z.infer<typeof customSkillSchema>;

export const registrationSchema = z.object({
  id: entryId,
  /** The regulator, as the user writes it: "NMC", "HCPC". */
  body: text(60),
  /** PIN or registration number. */
  number: z.optional(z.string().check(z.maxLength(60))),
  expires: z.optional(isoDate),
  /** The taxonomy skill this registration is, so adverts asking for it count it as held. */
  skillId: z.optional(text(L.skillIdChars)),
});
export type Registration = z.infer<typeof registrationSchema>;

export const qualificationSchema = z.object({
  id: entryId,
  title: text(200),
  institution: z.optional(z.string().check(z.maxLength(200))),
  year: z.optional(z.int().check(z.gte(1940), z.lte(2100))),
  status: z._default(z.enum(['held', 'working-towards']), 'held'),
  /** The taxonomy skill this qualification is ("qual-masters"), so adverts asking for it count it as held. */
  skillId: z.optional(text(L.skillIdChars)),
});
export type Qualification = z.infer<typeof qualificationSchema>;

export const preferencesSchema = z.object({
  /** The supporting statement's word limit; many NHS applications allow about 1,500 words. */
  wordLimit: z._default(z.int().check(z.gte(100), z.lte(20_000)), DEFAULT_WORD_LIMIT),
  /** Whether analysed adverts are kept in this browser's history. */
  keepHistory: z._default(z.boolean(), true),
});
export type Preferences = z.infer<typeof preferencesSchema>;

const notesOf = (skills: ReadonlyArray<{ evidence?: EvidenceNote[] | undefined }>) =>
  skills.flatMap((s) => s.evidence ?? []);
const noteChars = (note: EvidenceNote) => note.situation.length + note.action.length + note.result.length;

export const profileSchema = z.object({
  version: z.literal(PROFILE_VERSION),
  skills: z.array(profileSkillSchema).check(
    z.maxLength(L.skills),
    z.refine((skills) => notesOf(skills).length <= L.notes, `Too many evidence notes: at most ${L.notes} in all`),
    z.refine(
      (skills) => notesOf(skills).reduce((sum, note) => sum + noteChars(note), 0) <= L.notesChars,
      `Evidence notes too long: at most ${L.notesChars.toLocaleString('en-GB')} characters in all`,
    ),
  ),
  customSkills: z._default(z.array(customSkillSchema).check(z.maxLength(L.customSkills)), []),
  registrations: z._default(z.array(registrationSchema).check(z.maxLength(L.registrations)), []),
  qualifications: z._default(z.array(qualificationSchema).check(z.maxLength(L.qualifications)), []),
  /** Current Agenda for Change band, as the user writes it: "Band 6". */
  band: z.optional(z.string().check(z.maxLength(20))),
  yearsExperience: z.optional(z.number().check(z.gte(0), z.lte(60))),
  preferences: z._default(preferencesSchema, () => ({ wordLimit: DEFAULT_WORD_LIMIT, keepHistory: true })),
  updatedAt: z.iso.datetime(),
});
export type Profile = z.infer<typeof profileSchema>;

export function emptyProfile(now = new Date()): Profile {
  return {
    version: PROFILE_VERSION,
    skills: [],
    customSkills: [],
    registrations: [],
    qualifications: [],
    preferences: { wordLimit: DEFAULT_WORD_LIMIT, keepHistory: true },
    updatedAt: now.toISOString(),
  };
}

/** Nothing an advert could be compared with yet: no skill, registration or qualification. */
export const isEmptyProfile = (profile: Profile | null): boolean =>
  !profile ||
  (profile.skills.length === 0 && profile.registrations.length === 0 && profile.qualifications.length === 0);
