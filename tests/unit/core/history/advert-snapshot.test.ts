import { describe, expect, it } from 'vitest';
import { advertSnapshotSchema, makeSnapshot, sameSnapshot } from '../../../../src/core/history/advert-snapshot';
import { DESCRIPTION_CHARS, SNAPSHOT_CRITERIA_CHARS } from '../../../../src/core/history/snapshot-limits';
import { matchSpec } from '../../../../src/core/pipeline/match-spec';
import { testMatcher } from '../../support/make-report';
import { specOf } from '../../support/spec-of';

const NOW = new Date('2026-11-24T12:00:00Z');

describe("an advert's kept copy", () => {
  it('keeps the details, the criteria without their matches, the documents and the description', () => {
    const analysed = matchSpec(
      specOf(['Experience of clinical audit', 'Risk management'], {
        title: 'Ward Sister',
        closingDate: '2027-01-15',
        postedDate: '2026-12-10',
        documents: [{ name: 'Job description.pdf', url: 'https://x/jd.pdf', criteriaRead: 3 }],
      }),
      testMatcher,
    );
    analysed.criteria[0]!.assessedBy = ['application'];
    const snapshot = makeSnapshot(analysed, 'Job summary\nWe are looking for…', NOW);
    expect(advertSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot).toMatchObject({
      version: 1,
      savedAt: NOW.toISOString(),
      spec: { title: 'Ward Sister', closingDate: '2027-01-15', postedDate: '2026-12-10' },
      description: 'Job summary\nWe are looking for…',
    });
    expect(snapshot.spec.criteria).toEqual([
      {
        id: 'c0',
        category: null,
        level: 'essential',
        text: 'Experience of clinical audit',
        assessedBy: ['application'],
      },
      { id: 'c1', category: null, level: 'essential', text: 'Risk management' },
    ]);
    expect(snapshot.spec.documents).toEqual([{ name: 'Job description.pdf', url: 'https://x/jd.pdf' }]);
  });

  it('keeps within its caps: the description cut, criteria up to the cap', () => {
    const many = Array.from({ length: 40 }, (_, i) => `${i} ${'x'.repeat(1_000)}`);
    const snapshot = makeSnapshot(specOf(many), 'y'.repeat(DESCRIPTION_CHARS + 500), NOW);
    expect(snapshot.description).toHaveLength(DESCRIPTION_CHARS);
    const kept = snapshot.spec.criteria.reduce((n, c) => n + c.text.length, 0);
    expect(kept).toBeLessThanOrEqual(SNAPSHOT_CRITERIA_CHARS);
    expect(snapshot.spec.criteria.length).toBeGreaterThan(20);
    expect(advertSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('is the same copy when only the time it was saved differs', () => {
    const a = makeSnapshot(specOf(['Risk management']), 'text', NOW);
    expect(sameSnapshot(a, makeSnapshot(specOf(['Risk management']), 'text', new Date()))).toBe(true);
    expect(sameSnapshot(a, makeSnapshot(specOf(['Risk management']), 'other', NOW))).toBe(false);
    expect(sameSnapshot(a, makeSnapshot(specOf(['Clinical audit']), 'text', NOW))).toBe(false);
  });
});
