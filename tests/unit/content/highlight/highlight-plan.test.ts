import { describe, expect, it } from 'vitest';
import { highlightKind } from '../../../../src/content/highlight/highlight-plan';
import type { CriterionReport } from '../../../../src/core/model/report';
import type { SkillHit } from '../../../../src/core/model/skill-hit';

const hit = (skillId: string, negated = false): SkillHit => ({
  skillId,
  start: 0,
  end: 1,
  matchedText: 'x',
  variant: 'x',
  rule: 'variant',
  negated,
});
const item = (
  level: 'essential' | 'desirable',
  satisfied: CriterionReport['skills'][number]['satisfied'],
): CriterionReport => ({
  criterion: { id: 'c', category: null, level, text: 'x', hits: [hit('s')] },
  status: 'missing',
  skills: [{ skillId: 's', satisfied }],
});

describe('highlightKind', () => {
  it('separates met, partial, essential gaps and desirable gaps', () => {
    expect(highlightKind(item('essential', 'held'), hit('s'))).toBe('met');
    expect(highlightKind(item('essential', 'broader'), hit('s'))).toBe('partial');
    expect(highlightKind(item('essential', 'working-towards'), hit('s'))).toBe('partial');
    expect(highlightKind(item('essential', 'no'), hit('s'))).toBe('missing');
    expect(highlightKind(item('desirable', 'no'), hit('s'))).toBe('desirable');
  });

  it('marks nothing for negated hits or skills without a verdict (conditions)', () => {
    expect(highlightKind(item('essential', 'no'), hit('s', true))).toBeNull();
    expect(highlightKind(item('essential', 'no'), hit('other'))).toBeNull();
  });
});
