import type { AnalysedCriterion, AnalysedSpec } from './analysed-spec';
import type { Level } from './criterion';
import type { EvidenceNote } from './profile';

/**
 * met: every skill the criterion asks for is in the profile, with evidence.
 * not-evidenced: met by the profile, but a skill it rests on has no evidence note yet (registrations
 *   and qualifications are their own evidence).
 * partial: satisfied only through a broader skill, only some of several, or only "working towards".
 * missing: none of the skills is in the profile.
 * not-a-skill: no recognised skill in the criterion, so it cannot be checked against the profile.
 */
export type CriterionStatus = 'met' | 'not-evidenced' | 'partial' | 'missing' | 'not-a-skill';

/** How the profile stands against one skill a criterion asks for. */
export type SkillVerdict = {
  skillId: string;
  satisfied: 'held' | 'working-towards' | 'broader' | 'no';
  /** The profile skill that satisfied it, when it was not the skill itself. */
  via?: string;
};

/** An evidence note of the profile that speaks to a criterion, with the profile skill it belongs to. */
export type CriterionEvidence = { skillId: string; note: EvidenceNote };

/**
 * One thing a criterion asks for: a skill, or several alternatives ("NMC or HCPC registration"), with
 * the verdicts of the alternatives the profile fully satisfies (none when it does not).
 */
export type Requirement = { skillIds: string[]; fullyMet: SkillVerdict[] };

export type CriterionReport = {
  criterion: AnalysedCriterion;
  status: CriterionStatus;
  skills: SkillVerdict[];
  /**
   * The notes of every profile skill that (fully or partly) satisfies the criterion, in skill order.
   * Absent where a criterion is listed without a profile to compare with.
   */
  evidence?: CriterionEvidence[];
  /** Profile skills the criterion rests on that still need an evidence note. */
  needsEvidence?: string[];
  /** What the criterion asks for, requirement by requirement (absent without a profile to compare with). */
  requirements?: Requirement[];
};

export type LevelCounts = {
  total: number;
  met: number;
  notEvidenced: number;
  partial: number;
  missing: number;
  notASkill: number;
};

/**
 * The score: coverage of the essential criteria first, then of the desirable ones, each counted once
 * per criterion from the profile (repeating a word in the advert or in a note cannot raise it).
 * `points` orders adverts: a criterion met or met-without-evidence counts 2, partly met 1, out of 2
 * per criterion that names a recognised skill.
 */
export type Score = {
  /** The level that decides shortlisting: essential, or unmarked criteria when none is marked. */
  primary: Exclude<Level, 'desirable'>;
  primaryPoints: { earned: number; possible: number };
  desirablePoints: { earned: number; possible: number };
  blockers: number;
};

export type Warning =
  | { kind: 'closing-soon'; closingDate: string; days: number }
  | { kind: 'closed'; closingDate: string }
  | { kind: 'registration-expires'; body: string; expires: string; closingDate: string }
  | { kind: 'registration-expired'; body: string; expires: string };

export type Report = {
  spec: Omit<AnalysedSpec, 'criteria'>;
  criteria: CriterionReport[];
  /** Essential criteria with a recognised skill that the profile does not satisfy at all. */
  blockers: CriterionReport[];
  counts: { essential: LevelCounts; desirable: LevelCounts; unspecified: LevelCounts };
  score: Score;
  warnings: Warning[];
};
