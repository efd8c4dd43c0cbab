import type { AnalysedSpec } from '../spec/analysed-spec';
import type { Level } from '../spec/criterion';
import type { Profile } from '../spec/profile';
import type { CriterionReport, LevelCounts, Report, SkillVerdict } from '../spec/report';
import type { Skill } from '../spec/skill';
import { requirementGroups } from './alternatives';
import { gradeHit, statusOf } from './criterion-status';
import { profileCoverage } from './profile-coverage';

/** Each criterion against the profile: status, per-skill verdicts, and the essential blockers. */
export function compareWithProfile(
  spec: AnalysedSpec,
  profile: Profile,
  skills: ReadonlyMap<string, Skill>,
  now = new Date(),
): Report {
  const coverage = profileCoverage(profile, skills);
  const criteria: CriterionReport[] = spec.criteria.map((criterion) => {
    const required = criterion.hits.filter((h) => !h.negated && skills.get(h.skillId)?.kind !== 'condition');
    const verdicts = new Map<string, SkillVerdict>();
    const grades = requirementGroups(criterion.text, required).map((group) =>
      Math.max(
        ...group.map((hit) => {
          const verdict = verdicts.get(hit.skillId) ?? coverage.verdict(hit.skillId);
          verdicts.set(hit.skillId, verdict);
          return gradeHit(hit, verdict, coverage, now);
        }),
      ) as 0 | 1 | 2,
    );
    return { criterion, status: statusOf(grades), skills: [...verdicts.values()] };
  });

  const { criteria: _, ...meta } = spec;
  return {
    spec: meta,
    criteria,
    blockers: criteria.filter((c) => c.criterion.level === 'essential' && c.status === 'missing'),
    counts: {
      essential: countLevel(criteria, 'essential'),
      desirable: countLevel(criteria, 'desirable'),
      unspecified: countLevel(criteria, 'unspecified'),
    },
  };
}

function countLevel(criteria: readonly CriterionReport[], level: Level): LevelCounts {
  const counts: LevelCounts = { total: 0, met: 0, partial: 0, missing: 0, notASkill: 0 };
  for (const c of criteria) {
    if (c.criterion.level !== level) continue;
    counts.total++;
    if (c.status === 'not-a-skill') counts.notASkill++;
    else counts[c.status]++;
  }
  return counts;
}
