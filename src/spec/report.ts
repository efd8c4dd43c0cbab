import type { AnalysedCriterion, AnalysedSpec } from './analysed-spec';

/**
 * met: every skill the criterion asks for is in the profile.
 * partial: satisfied only through a broader skill, only some of several, or only "working towards".
 * missing: none of the skills is in the profile.
 * not-a-skill: no recognised skill in the criterion, so it cannot be checked against the profile.
 */
export type CriterionStatus = 'met' | 'partial' | 'missing' | 'not-a-skill';

/** How the profile stands against one skill a criterion asks for. */
export type SkillVerdict = {
  skillId: string;
  satisfied: 'held' | 'working-towards' | 'broader' | 'no';
  /** The profile skill that satisfied it, when it was not the skill itself. */
  via?: string;
};

export type CriterionReport = {
  criterion: AnalysedCriterion;
  status: CriterionStatus;
  skills: SkillVerdict[];
};

export type LevelCounts = {
  total: number;
  met: number;
  partial: number;
  missing: number;
  notASkill: number;
};

export type Report = {
  spec: Omit<AnalysedSpec, 'criteria'>;
  criteria: CriterionReport[];
  /** Essential criteria with a recognised skill that the profile does not satisfy at all. */
  blockers: CriterionReport[];
  counts: { essential: LevelCounts; desirable: LevelCounts; unspecified: LevelCounts };
};
