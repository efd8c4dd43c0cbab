import * as z from 'zod/mini';
import { analysisLimitsSchema } from './analysis-limits';
import { criterionSchema } from './criterion';
import { personSpecSchema } from './person-spec';
import { skillHitSchema } from './skill-hit';

export const analysedCriterionSchema = z.extend(criterionSchema, {
  hits: z.array(skillHitSchema),
});
export type AnalysedCriterion = z.infer<typeof analysedCriterionSchema>;

export const analysedSpecSchema = z.extend(personSpecSchema, {
  criteria: z.array(analysedCriterionSchema),
  /** Set when the page was too large to analyse in full: what was left out. */
  limits: z.optional(analysisLimitsSchema),
});
export type AnalysedSpec = z.infer<typeof analysedSpecSchema>;
