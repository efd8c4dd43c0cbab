import { describe, expect, it } from 'vitest';
import { matcherFor } from '../../../src/background/matchers';
import { rehearseMatching } from '../../../src/background/rehearse-matching';
import { REHEARSAL_SPEC } from '../../../src/background/rehearsal-spec';
import { matchSpec } from '../../../src/core/pipeline/match-spec';

describe('rehearsing matching when the background wakes', () => {
  it('reaches the matcher on every criterion: each names skills of the taxonomy', async () => {
    const matched = matchSpec(REHEARSAL_SPEC, await matcherFor([]));
    for (const criterion of matched.criteria) expect(criterion.hits.length, criterion.text).toBeGreaterThan(0);
    const skills = new Set(matched.criteria.flatMap((c) => c.hits.map((h) => h.skillId)));
    expect(skills.size).toBeGreaterThanOrEqual(12);
  });

  it('gives way between criteria, so a request that comes meanwhile waits at most one', async () => {
    let turns = 0;
    await rehearseMatching(await matcherFor([]), { yieldTask: async () => void turns++ });
    expect(turns).toBe(REHEARSAL_SPEC.criteria.length + 1);
  });

  it('leaves the rest undone once a real request has come', async () => {
    let turns = 0;
    await rehearseMatching(await matcherFor([]), { yieldTask: async () => void turns++, stopWhen: () => turns > 2 });
    expect(turns).toBe(3);
  });
});
