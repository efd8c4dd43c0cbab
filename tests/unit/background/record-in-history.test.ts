import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadHistory, removeHistoryEntry } from '../../../../src/storage/history-store';
import { createAdvertPage } from '../../../../src/content/advert-page';
import { recordHistory } from '../../../../src/content/features/record-history';
import type { ProfileState } from '../../../../src/storage/profile-store';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import { testMatcher } from '../../support/make-report';
import { parseHtml } from '../../support/parse-html';

const URL_ = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001');
const html = buildAdvert({
  title: 'Staff Nurse',
  categories: [{ label: 'Experience', essential: ['Clinical audit', 'Risk management'], desirable: [] }],
});
const ok = (profile: Partial<Profile> = {}): ProfileState => ({
  state: 'ok',
  profile: { ...emptyProfile(), ...profile },
});

function fakeContext() {
  const cleanups: Array<() => void> = [];
  const ctx = {
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    onInvalidated: (cleanup: () => void) => cleanups.push(cleanup),
  } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => cleanups.forEach((c) => c()) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

const flush = async () => {
  await vi.advanceTimersByTimeAsync(600);
};

describe('recording the history', () => {
  it('records the advert once analysed and updates it when the profile changes', async () => {
    const page = createAdvertPage(parseHtml(html), URL_, testMatcher, ok());
    const { ctx, invalidate } = fakeContext();
    recordHistory(page, ctx);
    await flush();
    let { entries } = await loadHistory();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ title: 'Staff Nurse', url: URL_.href, score: { blockers: 2 } });
    const firstSeen = entries[0]!.firstSeen;

    vi.setSystemTime(Date.now() + 60_000);
    page.setProfile(ok({ skills: [{ skillId: 'gov-risk', status: 'held' }] }));
    await flush();
    ({ entries } = await loadHistory());
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ firstSeen, score: { blockers: 1 } });
    invalidate();
  });

  it('records nothing when the user turned history off', async () => {
    const page = createAdvertPage(
      parseHtml(html),
      URL_,
      testMatcher,
      ok({ preferences: { wordLimit: 1500, keepHistory: false } }),
    );
    recordHistory(page, fakeContext().ctx);
    await flush();
    expect((await loadHistory()).entries).toEqual([]);
  });

  it('does not add back an entry the user removed while the page is open', async () => {
    const page = createAdvertPage(parseHtml(html), URL_, testMatcher, ok());
    recordHistory(page, fakeContext().ctx);
    await flush();
    await removeHistoryEntry((await loadHistory()).entries[0]!.key);
    page.setProfile(ok({ skills: [{ skillId: 'gov-risk', status: 'held' }] }));
    await flush();
    expect((await loadHistory()).entries).toEqual([]);
  });
});
