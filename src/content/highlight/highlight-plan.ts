import type { CriterionReport, Report } from '../../core/model/report';
import type { SkillHit } from '../../core/model/skill-hit';

/**
 * met: the profile has the skill. partial: through a related skill, or still working towards it.
 * missing: an essential criterion's skill the profile lacks. desirable: a desirable one it lacks.
 */
export type HighlightKind = 'met' | 'partial' | 'missing' | 'desirable';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['missing', 'desirable', 'partial', 'met'];

export type PlannedHighlight = { criterionId: string; start: number; end: number; kind: HighlightKind };

export function highlightKind(report: CriterionReport, hit: SkillHit): HighlightKind | null {
  if (hit.negated) return null;
  const verdict = report.skills.find((s) => s.skillId === hit.skillId);
  if (!verdict) return null; // a condition of employment, never a gap
  if (verdict.satisfied === 'held') return 'met';
  if (verdict.satisfied !== 'no') return 'partial';
  return report.criterion.level === 'essential' ? 'missing' : 'desirable';
}

/** Every word to mark, in criterion order. */
export function planHighlights(report: Report): PlannedHighlight[] {
  return report.criteria.flatMap((c) =>
    c.criterion.hits.flatMap((hit) => {
      const kind = highlightKind(c, hit);
      return kind ? [{ criterionId: c.criterion.id, start: hit.start, end: hit.end, kind }] : [];
    }),
  );
}
