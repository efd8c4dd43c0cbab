import * as z from 'zod/mini';

export const skillCategorySchema = z.enum([
  'registration',
  'qualification',
  'clinical',
  'governance',
  'leadership',
  'communication',
  'it',
  'finance',
  'values',
  'other',
  'experience',
]);
export type SkillCategory = z.infer<typeof skillCategorySchema>;

/**
 * A phrase that names a skill. A bare string always matches; an object can demand a cue word nearby
 * (`needs`, any one of them within `window` words of the same clause; `cueKind` names the kind of cue
 * for the explanation: "clinical") or be cancelled by a word or phrase in the same clause (`unless`).
 * Syntax inside `text`: `[word]` is optional, `(a|b)` is a choice. A hyphenated word also matches
 * written solid ("re-audit" finds "reaudit").
 */
const phrase = z.string().check(z.minLength(1));

export const variantSchema = z.union([
  phrase,
  z.object({
    text: phrase,
    needs: z.optional(z.array(z.string())),
    unless: z.optional(z.array(z.string())),
    window: z.optional(z.int().check(z.positive())),
    cueKind: z.optional(z.string()),
  }),
]);
export type Variant = z.infer<typeof variantSchema>;

export const skillDefinitionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  label: phrase,
  category: skillCategorySchema,
  /** Matched case-insensitively after normalisation (spelling, plurals, punctuation). */
  variants: z.array(variantSchema),
  /** Matched case-sensitively on word boundaries: "RN", "OT", "NA". */
  abbreviations: z._default(z.array(variantSchema), []),
  /**
   * More general skills this one is a case of, and so fully satisfies: an RN (Adult) is a registered
   * nurse, who is a registered professional.
   */
  implies: z._default(z.array(z.string()), []),
  /**
   * More general skills this one counts towards, but only partly (the criterion is "partial"):
   * an ILM Level 5 award for "a management qualification".
   */
  broader: z._default(z.array(z.string()), []),
  /**
   * Skills a phrase naming this one names as well, because the adverts' own words say both: a
   * registration in a nursing field ("RMN") is a registered nurse in that field.
   */
  alsoNames: z._default(z.array(z.string()), []),
  /** A condition of employment (right to work, DBS) is recognised and shown but never a gap. */
  kind: z._default(z.enum(['skill', 'condition']), 'skill'),
});
export type SkillDefinition = z.input<typeof skillDefinitionSchema>;
export type Skill = z.output<typeof skillDefinitionSchema>;
