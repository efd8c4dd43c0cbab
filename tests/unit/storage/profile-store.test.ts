import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSkill } from '../../../src/core/profile/edit-profile';
import {
  applyProfileChanges,
  ChangeRejectedError,
  loadPreviousProfile,
  loadProfile,
  replaceProfile,
  restorePreviousProfile,
  StoredProfileInvalidError,
  updateProfile,
} from '../../../src/storage/profile-store';
import { emptyProfile, type Profile } from '../../../src/core/model/profile';

/** The stored profile, as these tests read it (some store one that is not valid). */
const stored = async () =>
  (await fakeBrowser.storage.local.get('profile')).profile as { skills: { skillId: string }[] };

beforeEach(() => fakeBrowser.reset());

describe('the profile store', () => {
  it('starts empty and saves changes to storage.local', async () => {
    expect(await loadProfile()).toMatchObject({ state: 'ok', profile: { skills: [] } });
    await updateProfile((p) => addSkill(p, 'gov-clinical-audit'));
    expect(await stored()).toMatchObject({ skills: [{ skillId: 'gov-clinical-audit', status: 'held' }] });
  });

  it('applies changes made at the same moment one after the other, losing none', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `skill-${i}`);
    await Promise.all(ids.map((id) => updateProfile((p) => addSkill(p, id))));
    const profile = (await loadProfile()) as { profile: Profile };
    expect(profile.profile.skills.map((s) => s.skillId).sort()).toEqual([...ids].sort());
  });

  it('refuses a change that would make the profile invalid, saving the others of the batch', async () => {
    const tooLong = (p: Profile) => ({ ...p, band: 'x'.repeat(50) });
    const result = await applyProfileChanges([(p) => addSkill(p, 'a'), tooLong, (p) => addSkill(p, 'b')]);
    expect(result.rejected).toEqual([expect.stringMatching(/^band: /)]);
    expect((await stored()).skills.map((s: { skillId: string }) => s.skillId)).toEqual(['a', 'b']);
    await expect(updateProfile(tooLong)).rejects.toBeInstanceOf(ChangeRejectedError);
  });

  it('never writes over a stored value that fails validation', async () => {
    await fakeBrowser.storage.local.set({ profile: { version: 2, skills: 'lots' } });
    expect(await loadProfile()).toMatchObject({ state: 'invalid', error: expect.stringMatching(/^skills: /) });
    await expect(updateProfile((p) => addSkill(p, 'a'))).rejects.toBeInstanceOf(StoredProfileInvalidError);
    expect(await stored()).toEqual({ version: 2, skills: 'lots' });
  });

  it('passes a storage failure on and changes nothing', async () => {
    await updateProfile((p) => addSkill(p, 'a'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(updateProfile((p) => addSkill(p, 'b'))).rejects.toThrow(/QUOTA_BYTES/);
    expect((await stored()).skills.map((s: { skillId: string }) => s.skillId)).toEqual(['a']);
  });

  it('keeps what a replacement overwrote, valid or not, and can put it back', async () => {
    await fakeBrowser.storage.local.set({ profile: { version: 2, skills: 'lots' } });
    const imported = addSkill(emptyProfile(new Date('2026-01-01T00:00:00Z')), 'imported');
    await replaceProfile(imported);
    expect(await loadProfile()).toEqual({ state: 'ok', profile: imported });
    expect(await loadPreviousProfile()).toEqual({ version: 2, skills: 'lots' });
    expect(await restorePreviousProfile()).toBe(true);
    expect(await stored()).toEqual({ version: 2, skills: 'lots' });
    expect(await loadPreviousProfile()).toEqual(imported);
  });
});

describe('a change that throws', () => {
  it('is refused with its reason, and the others are saved', async () => {
    const result = await applyProfileChanges([
      (p) => addSkill(p, 'a'),
      () => {
        throw new Error('no value');
      },
    ]);
    expect(result.rejected).toEqual(['the change failed (no value)']);
    expect((await stored()).skills.map((s: { skillId: string }) => s.skillId)).toEqual(['a']);
  });
});
