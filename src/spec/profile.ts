import * as z from 'zod/mini';

export const PROFILE_VERSION = 1;

const isoDate = z.iso.date();
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const profileSkillSchema = z.object({
  skillId: text(120),
  /** "held" unless the user is still working towards it. */
  status: z._default(z.enum(['held', 'working-towards']), 'held'),
  evidence: z.optional(z.string().check(z.maxLength(20_000))),
  since: z.optional(isoDate),
});
export type ProfileSkill = z.infer<typeof profileSkillSchema>;

export const customSkillSchema = z.object({
  id: z.string().check(z.regex(/^custom-[a-z0-9-]+$/)),
  label: text(120),
  variants: z.array(text(120)).check(z.maxLength(50)),
});
export type CustomSkill = z.infer<typeof customSkillSchema>;

export const registrationSchema = z.object({
  body: text(60),
  number: z.optional(z.string().check(z.maxLength(60))),
  expires: z.optional(isoDate),
});
export type Registration = z.infer<typeof registrationSchema>;

export const profileSchema = z.object({
  version: z.literal(PROFILE_VERSION),
  skills: z.array(profileSkillSchema).check(z.maxLength(1000)),
  customSkills: z._default(z.array(customSkillSchema).check(z.maxLength(200)), []),
  registrations: z._default(z.array(registrationSchema).check(z.maxLength(50)), []),
  band: z.optional(z.string().check(z.maxLength(20))),
  updatedAt: z.iso.datetime(),
});
export type Profile = z.infer<typeof profileSchema>;

export function emptyProfile(now = new Date()): Profile {
  return {
    version: PROFILE_VERSION,
    skills: [],
    customSkills: [],
    registrations: [],
    updatedAt: now.toISOString(),
  };
}
