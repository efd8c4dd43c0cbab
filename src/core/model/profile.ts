import * as z from 'zod/mini';
import { skillCategorySchema } from './skill';

/** Bump with a migration in src/core/profile/migrations.ts; never change a shipped version's meaning. */
export const PROFILE_VERSION = 2;

export const DEFAULT_WORD_LIMIT = 1500;

const isoDate = z.iso.date();
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const prose = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
/** Ids of entries inside the profile, so an edit names what it changes even if another page reordered the list. */
const entryId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));

/** One example for a skill, in the situation–action–result form a supporting statement uses. */
export const evidenceNoteSchema = z.object({
  id: entryId,
  situation: prose(4000),
  action: prose(4000),
  result: prose(4000),
  updatedAt: z.optional(z.iso.datetime()),
});
export type EvidenceNote = z.infer<typeof evidenceNoteSchema>;

export const profileSkillSchema = z.object({
  skillId: text(120),
  /** "held" unless the user is still working towards it. */
  status: z._default(z.enum(['held', 'working-towards']), 'held'),
  /** When the user gained it: checked against durations a criterion asks for ("2 years' experience"). */
  since: z.optional(isoDate),
  evidence: z.optional(z.array(evidenceNoteSchema).check(z.maxLength(20))),
});
export type ProfileSkill = z.infer<typeof profileSkillSchema>;

/** A skill the taxonomy lacks: its label and variants are matched on adverts like built-in ones. */
export const customSkillSchema = z.object({
  id: z.string().check(z.regex(/^custom(-[a-z0-9]+)+$/), z.maxLength(80)),
  label: text(120),
  variants: z.array(text(120)).check(z.maxLength(50)),
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
  skillId: z.optional(text(120)),
});
export type Registration = z.infer<typeof registrationSchema>;

export const qualificationSchema = z.object({
  id: entryId,
  title: text(200),
  institution: z.optional(z.string().check(z.maxLength(200))),
  year: z.optional(z.int().check(z.gte(1940), z.lte(2100))),
  status: z._default(z.enum(['held', 'working-towards']), 'held'),
  /** The taxonomy skill this qualification is ("qual-masters"), so adverts asking for it count it as held. */
  skillId: z.optional(text(120)),
});
export type Qualification = z.infer<typeof qualificationSchema>;

export const preferencesSchema = z.object({
  /** The supporting statement's word limit; many NHS applications allow about 1,500 words. */
  wordLimit: z._default(z.int().check(z.gte(100), z.lte(20_000)), DEFAULT_WORD_LIMIT),
  /** Whether analysed adverts are kept in this browser's history. */
  keepHistory: z._default(z.boolean(), true),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const profileSchema = z.object({
  version: z.literal(PROFILE_VERSION),
  skills: z.array(profileSkillSchema).check(z.maxLength(1000)),
  customSkills: z._default(z.array(customSkillSchema).check(z.maxLength(200)), []),
  registrations: z._default(z.array(registrationSchema).check(z.maxLength(50)), []),
  qualifications: z._default(z.array(qualificationSchema).check(z.maxLength(100)), []),
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
