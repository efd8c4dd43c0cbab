import type { Matcher } from '../../../src/core/taxonomy/compile';
import type { LabelledCriterion } from '../labels/labelled-set';

export type ErrorCause = { kind: 'fp' | 'fn'; skillId: string; cause: string };

const related = (matcher: Matcher, general: string, specific: string): boolean => {
  const skill = matcher.skills.get(specific);
  if (!skill) return false;
  const up = [...skill.implies, ...skill.broader];
  return up.includes(general) || up.some((id) => id !== specific && related(matcher, general, id));
};

/** Why each wrong skill of one criterion is wrong, as far as its shape tells: a first guess, for counting. */
export function errorCauses(
  matcher: Matcher,
  criterion: LabelledCriterion,
  found: ReadonlySet<string>,
  expected: ReadonlySet<string>,
): ErrorCause[] {
  const out: ErrorCause[] = [];
  const category = (criterion.leadIn ?? criterion.category ?? '').toLowerCase();
  const under = criterion.leadIn ? 'under a lead-in' : category ? `under "${category.split(/\W+/)[0]}"` : 'no heading';
  for (const id of expected) {
    if (found.has(id)) continue;
    const cause = [...found].some((f) => related(matcher, id, f))
      ? 'child found instead of the parent'
      : [...found].some((f) => related(matcher, f, id))
        ? 'parent found instead of the child'
        : found.size > 0 && [...found].some((f) => !expected.has(f))
          ? 'confused with another skill'
          : id.startsWith('exp-')
            ? `experience missed, ${under}`
            : `missed, ${under}`;
    out.push({ kind: 'fn', skillId: id, cause });
  }
  for (const id of found) {
    if (expected.has(id)) continue;
    const cause = [...expected].some((e) => related(matcher, id, e))
      ? 'parent beside or instead of the labelled child'
      : [...expected].some((e) => related(matcher, e, id))
        ? 'child of a labelled parent'
        : expected.size === 0
          ? 'criterion has no skill'
          : 'skill not labelled';
    out.push({ kind: 'fp', skillId: id, cause });
  }
  return out;
}
