import { describe, expect, it, vi } from 'vitest';
import { addSkill, type ProfileChange } from '../../../src/core/profile/edit-profile';
import { StoredProfileInvalidError, type ApplyResult } from '../../../src/storage/profile-store';
import { createSaveQueue, describeWriteError } from '../../../src/storage/save-queue';
import { emptyProfile, type Profile } from '../../../src/core/model/profile';

/** A storage that fails while `full` is true, and a clock and timers the test drives. */
function harness() {
  let saved: Profile = emptyProfile(new Date(0));
  const state = { full: false, calls: 0 };
  const timers: Array<{ run: () => void; at: number }> = [];
  let clock = 0;
  const apply = vi.fn(async (changes: readonly ProfileChange[]): Promise<ApplyResult> => {
    state.calls++;
    if (state.full) throw new Error('QUOTA_BYTES quota exceeded');
    for (const change of changes) saved = change(saved);
    return { profile: saved, rejected: [] };
  });
  const queue = createSaveQueue({
    apply,
    retryDelays: [1000, 5000],
    now: () => clock,
    setTimer: (run, ms) => timers.push({ run, at: clock + ms }) - 1,
    clearTimer: (i) => timers.splice(i as number, 1, { run: () => undefined, at: Infinity }),
  });
  const advance = async (ms: number) => {
    clock += ms;
    for (const timer of timers.filter((t) => t.at <= clock)) {
      timer.at = Infinity;
      timer.run();
    }
    await settle();
  };
  return { queue, state, apply, advance, saved: () => saved.skills.map((s) => s.skillId) };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the save queue', () => {
  it('saves each change and reports when all are saved', async () => {
    const { queue, saved } = harness();
    queue.enqueue((p) => addSkill(p, 'a'));
    queue.enqueue((p) => addSkill(p, 'b'));
    expect(queue.status.pending).toBe(2);
    await settle();
    expect(saved()).toEqual(['a', 'b']);
    expect(queue.status).toEqual({ pending: 0, saving: false, failure: null, refused: null });
  });

  it('keeps failed changes, says why, retries with growing delays, and saves them when storage recovers', async () => {
    const { queue, state, saved, advance } = harness();
    state.full = true;
    queue.enqueue((p) => addSkill(p, 'a'));
    await settle();
    expect(queue.status.pending).toBe(1);
    expect(queue.status.failure).toMatchObject({
      attempts: 1,
      retryAt: 1000,
      message: expect.stringMatching(/storage for this extension is full/),
    });
    await advance(1000);
    expect(queue.status.failure).toMatchObject({ attempts: 2, retryAt: 6000 });
    queue.enqueue((p) => addSkill(p, 'b'));
    await settle();
    expect(queue.status.pending).toBe(2);
    state.full = false;
    await advance(5000);
    expect(saved()).toEqual(['a', 'b']);
    expect(queue.status).toMatchObject({ pending: 0, failure: null });
  });

  it('retries at once on request', async () => {
    const { queue, state, saved } = harness();
    state.full = true;
    queue.enqueue((p) => addSkill(p, 'a'));
    await settle();
    state.full = false;
    queue.retryNow();
    await settle();
    expect(saved()).toEqual(['a']);
  });

  it('tells listeners every step', async () => {
    const { queue } = harness();
    const seen: string[] = [];
    queue.subscribe((s) => seen.push(`${s.pending}${s.saving ? ' saving' : ''}`));
    queue.enqueue((p) => addSkill(p, 'a'));
    await settle();
    expect(seen).toEqual(['1', '1 saving', '0']);
  });

  it('reports refused changes and an unreadable stored profile without retrying them', async () => {
    const apply = vi.fn(async (): Promise<ApplyResult> => ({ profile: emptyProfile(), rejected: ['band: too long'] }));
    const queue = createSaveQueue({ apply });
    queue.enqueue((p) => p);
    await settle();
    expect(queue.status).toMatchObject({ pending: 0, refused: 'Not saved: band: too long', failure: null });
    queue.dismissRefused();
    expect(queue.status.refused).toBeNull();

    const invalid = createSaveQueue({
      apply: async () => {
        throw new StoredProfileInvalidError('skills: bad');
      },
    });
    invalid.enqueue((p) => p);
    await settle();
    expect(invalid.status).toMatchObject({
      pending: 0,
      failure: null,
      refused: expect.stringMatching(/could not be read/),
    });
  });

  it('describes failures in words a person can act on', () => {
    expect(describeWriteError(new Error('QUOTA_BYTES quota exceeded'))).toMatch(
      /^The browser's storage for this extension is full/,
    );
    expect(describeWriteError('disk on fire')).toBe('disk on fire');
  });
});
