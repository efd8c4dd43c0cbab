import { describe, expect, it } from 'vitest';
import { matcherFor } from '../../../src/background/matchers';
import { warmUp } from '../../../src/background/warm-up';

describe('warming the background up', () => {
  it('loads the taxonomy the next analysis will use', async () => {
    expect(await warmUp()).toEqual({ ready: true });
    const shared = await matcherFor([]);
    expect(shared.skills.size).toBeGreaterThan(140);
    expect(await matcherFor([])).toBe(shared);
    expect(shared.pending.size).toBe(0);
  });
});
