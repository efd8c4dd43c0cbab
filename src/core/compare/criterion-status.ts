import type { SkillHit } from '../model/skill-hit';
import type { CriterionStatus, SkillVerdict } from '../model/report';
import type { ProfileCoverage } from './profile-coverage';

/** How well one requirement (a group of alternatives) is satisfied: 2 fully, 1 partly, 0 not. */
type Grade = 0 | 1 | 2;

const AFTER_APPOINTMENT = new Set(['working-towards', 'willing-to-undertake']);
const MONTH_MS = 30.44 * 24 * 3600 * 1000;

export function gradeHit(hit: SkillHit, verdict: SkillVerdict, coverage: ProfileCoverage, now: Date): Grade {
  const acceptsProgress = hit.qualifier !== undefined && AFTER_APPOINTMENT.has(hit.qualifier);
  switch (verdict.satisfied) {
    case 'held':
      return longEnough(hit, verdict, coverage, now) ? 2 : 1;
    case 'working-towards':
      return acceptsProgress ? 2 : 1;
    case 'broader':
      return 1;
    case 'no':
      // "willing to undertake" can be met after appointment: not a shortlisting blocker.
      return acceptsProgress ? 1 : 0;
  }
}

/** A duration the criterion asks for ("2 years' post-registration") against the profile's "since". */
function longEnough(hit: SkillHit, verdict: SkillVerdict, coverage: ProfileCoverage, now: Date): boolean {
  const months = hit.params?.durationMonths;
  const since = coverage.entry(verdict.via ?? verdict.skillId)?.since;
  if (!months || !since) return true;
  return (now.getTime() - Date.parse(since)) / MONTH_MS >= months;
}

export function statusOf(groupGrades: readonly Grade[]): CriterionStatus {
  if (groupGrades.length === 0) return 'not-a-skill';
  if (groupGrades.every((g) => g === 2)) return 'met';
  if (groupGrades.every((g) => g === 0)) return 'missing';
  return 'partial';
}
