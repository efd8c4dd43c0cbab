import type { Level } from '../model/criterion';
import type { CriterionReport, Score } from '../model/report';

const POINTS = { met: 2, 'not-evidenced': 2, partial: 1, missing: 0 } as const;

function points(criteria: readonly CriterionReport[], level: Level): Score['primaryPoints'] {
  let earned = 0;
  let possible = 0;
  for (const item of criteria) {
    if (item.criterion.level !== level || item.status === 'not-a-skill') continue;
    earned += POINTS[item.status];
    possible += 2;
  }
  return { earned, possible };
}

/**
 * Essential coverage first, desirable second, each criterion counted once by its status: a
 * criterion's status comes from the profile, so no amount of repeated wording changes it.
 */
export function scoreReport(criteria: readonly CriterionReport[], blockers: number): Score {
  const primary = criteria.some((c) => c.criterion.level === 'essential') ? 'essential' : 'unspecified';
  return {
    primary,
    primaryPoints: points(criteria, primary),
    desirablePoints: points(criteria, 'desirable'),
    blockers,
  };
}

/** Orders two scores: fewer blockers first, then essential coverage, then desirable coverage. */
export function compareScores(a: Score, b: Score): number {
  const ratio = (p: Score['primaryPoints']) => (p.possible === 0 ? 1 : p.earned / p.possible);
  return (
    a.blockers - b.blockers ||
    ratio(b.primaryPoints) - ratio(a.primaryPoints) ||
    ratio(b.desirablePoints) - ratio(a.desirablePoints)
  );
}
