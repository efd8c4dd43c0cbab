import * as z from 'zod/mini';

export const levelSchema = z.enum(['essential', 'desirable', 'unspecified']);
export type Level = z.infer<typeof levelSchema>;

export const assessmentMethodSchema = z.enum(['application', 'interview', 'test', 'references', 'presentation']);
export type AssessmentMethod = z.infer<typeof assessmentMethodSchema>;

/** Where a criterion was read from: the advert page itself, or a document attached to it. */
export const criterionSourceSchema = z.object({
  kind: z.enum(['page', 'document']),
  name: z.optional(z.string()),
});

export const criterionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  category: z.nullable(z.string()),
  level: levelSchema,
  text: z.string(),
  assessedBy: z.optional(z.array(assessmentMethodSchema)),
  source: z.optional(criterionSourceSchema),
});
export type Criterion = z.infer<typeof criterionSchema>;
