import type { AnalysedSpec } from '../model/analysed-spec';
import type { Level } from '../model/criterion';
import type { Profile } from '../model/profile';
import type { CriterionReport, CriterionStatus, LevelCounts, Report, Requirement, SkillVerdict } from '../model/report';
import type { Skill } from '../model/skill';
import { requirementGroups } from './alternatives';
import { gradeHit, statusOf } from './criterion-status';
import { criterionEvidence, holderOf, needsNote } from './evidence';
import { profileCoverage } from './profile-coverage';
import { scoreReport } from './score';
import { advertWarnings } from './warnings';

/** Each criterion against the profile: status, per-skill verdicts, evidence, blockers, score, warnings. */
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
    const needsEvidence = new Set<string>();
    const requirements: Requirement[] = [];
    const grades = requirementGroups(criterion.text, required, skills).map((group) => {
      let best = null as { grade: 0 | 1 | 2; verdict: SkillVerdict } | null;
      const requirement: Requirement = { skillIds: [], fullyMet: [] };
      requirements.push(requirement);
      for (const hit of group) {
        const verdict = verdicts.get(hit.skillId) ?? coverage.verdict(hit.skillId);
        verdicts.set(hit.skillId, verdict);
        const grade = gradeHit(hit, verdict, coverage, now);
        if (!requirement.skillIds.includes(hit.skillId)) requirement.skillIds.push(hit.skillId);
        if (grade === 2 && !requirement.fullyMet.includes(verdict)) requirement.fullyMet.push(verdict);
        // Among equally good alternatives, prefer one that already has evidence.
        const better =
          !best || grade > best.grade || (grade === best.grade && grade === 2 && !needsNote(verdict, coverage, skills));
        if (better) best = { grade, verdict };
      }
      if (best?.grade === 2 && needsNote(best.verdict, coverage, skills)) needsEvidence.add(holderOf(best.verdict));
      return best?.grade ?? 0;
    });
    let status: CriterionStatus = statusOf(grades);
    if (status === 'met' && needsEvidence.size > 0) status = 'not-evidenced';
    return {
      criterion,
      status,
      skills: [...verdicts.values()],
      evidence: criterionEvidence(verdicts.values(), coverage),
      needsEvidence: status === 'not-evidenced' ? [...needsEvidence] : [],
      requirements,
    };
  });

  const { criteria: _, ...meta } = spec;
  const blockers = criteria.filter((c) => c.criterion.level === 'essential' && c.status === 'missing');
  return {
    spec: meta,
    criteria,
    blockers,
    counts: {
      essential: countLevel(criteria, 'essential'),
      desirable: countLevel(criteria, 'desirable'),
      unspecified: countLevel(criteria, 'unspecified'),
    },
    score: scoreReport(criteria, blockers.length),
    warnings: advertWarnings(spec.closingDate, profile, now),
  };
}

const COUNT_KEYS = {
  met: 'met',
  'not-evidenced': 'notEvidenced',
  partial: 'partial',
  missing: 'missing',
  'not-a-skill': 'notASkill',
} as const satisfies Record<CriterionStatus, keyof LevelCounts>;

function countLevel(criteria: readonly CriterionReport[], level: Level): LevelCounts {
  const counts: LevelCounts = { total: 0, met: 0, notEvidenced: 0, partial: 0, missing: 0, notASkill: 0 };
  for (const c of criteria) {
    if (c.criterion.level !== level) continue;
    counts.total++;
    counts[COUNT_KEYS[c.status]]++;
  }
  return counts;
}

// Kept in a file of its own: the advert page's key counts with it and must not carry the comparison.
export { heldCount } from './held-count';
