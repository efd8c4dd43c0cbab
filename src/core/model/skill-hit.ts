import * as z from 'zod/mini';

export const qualifierSchema = z.enum(['or-equivalent', 'working-towards', 'willing-to-undertake', 'eligible']);
export type Qualifier = z.infer<typeof qualifierSchema>;

/**
 * What a criterion attaches to a skill: "safeguarding level 3", "2 years", "band 6", "in critical
 * care", "Registered Nurse (Adult)".
 */
export const hitParamsSchema = z.object({
  /** Bound to its own noun: the level of safeguarding, of an NVQ, of an ILM award. */
  level: z.optional(z.string()),
  durationMonths: z.optional(z.number()),
  /** Agenda for Change band, lower case: "6", "8a". */
  band: z.optional(z.string()),
  /** Specialty or setting from a fixed list: "critical care", "community", "mental health". */
  specialty: z.optional(z.string()),
  /** Nursing field of a registration: "adult", "mental health", "child", "learning disability". */
  field: z.optional(z.string()),
});
export type HitParams = z.infer<typeof hitParamsSchema>;

const offset = z.int().check(z.nonnegative());

export const skillHitSchema = z.object({
  skillId: z.string(),
  /** Offsets into the criterion text: text.slice(start, end) === matchedText. */
  start: offset,
  end: offset,
  matchedText: z.string(),
  /** The taxonomy variant that matched, and the rule that accepted it: the hit's explanation. */
  variant: z.string(),
  rule: z.string(),
  negated: z.boolean(),
  qualifier: z.optional(qualifierSchema),
  params: z.optional(hitParamsSchema),
});
export type SkillHit = z.infer<typeof skillHitSchema>;
