import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile } from '../../../../src/core/model/profile';
import { matchSpec } from '../../../../src/core/pipeline/match-spec';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { skillCatalogue } from '../../../../src/pages/hooks/use-skills';
import { readFirstAnswers } from '../../../../src/pages/popup/first-answers';
import { sendFirstRequests } from '../../../../src/pages/popup/first-requests';
import { answerLikeTheBackground } from '../../support/background-replies';
import { specOf } from '../../support/spec-of';

const TAB = 7;
/** A message's sender: a tab of this extension's content script. */
const fromTab = (id: number) =>
  ({ id: browser.runtime.id, tab: { id } }) as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const analysed = matchSpec(specOf(['Experience of clinical audit', 'Full driving licence']), defaultMatcher());
// As the extension stores it (the schema's order of keys).
const custom = {
  id: 'custom-phlebotomy',
  label: 'Phlebotomy',
  variants: ['venepuncture'],
  category: 'clinical' as const,
};

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', `/popup.html?tab=${TAB}`);
});
afterEach(() => vi.restoreAllMocks());

const tabAnswers = (reply: unknown) =>
  vi
    .spyOn(browser.tabs, 'sendMessage')
    .mockImplementation(async (tabId: number) => (tabId === TAB ? reply : undefined));
const skillsAsked = (spy: ReturnType<typeof answerLikeTheBackground>) =>
  spy.mock.calls
    .map(([m]) => m as unknown as { type: string; customSkills?: unknown })
    .filter((m) => m.type === 'skills');

describe('the popup’s first requests, sent before its report’s code is loaded', () => {
  it('reads the stored profile and the tab’s analysis, and keeps the catalogue for the page', async () => {
    const background = answerLikeTheBackground();
    const profile = { ...emptyProfile(), skills: [{ skillId: 'gov-clinical-audit', status: 'held' }] };
    await fakeBrowser.storage.local.set({ profile });
    tabAnswers({ analysed, analysedAt: '2026-01-01T10:00:00Z' });

    const first = await readFirstAnswers(sendFirstRequests());
    expect(first.profile.state === 'ok' && first.profile.profile.skills.map((s) => s.skillId)).toEqual([
      'gov-clinical-audit',
    ]);
    expect(first.tab.tabId).toBe(TAB);
    expect(first.tab.result?.state === 'ok' && first.tab.result.response.analysed.criteria.length).toBe(2);
    // The page finds the catalogue already there: the background is not asked again.
    expect((await skillCatalogue([])).get('gov-clinical-audit')?.label).toBeTruthy();
    expect(skillsAsked(background)).toHaveLength(1);
    expect(first.tabChanged()).toBe(false);
  });

  it('asks for the catalogue with the profile’s own skills when it has some', async () => {
    const background = answerLikeTheBackground();
    await fakeBrowser.storage.local.set({ profile: { ...emptyProfile(), customSkills: [custom] } });
    tabAnswers(undefined);

    const first = await readFirstAnswers(sendFirstRequests());
    expect(first.tab.result).toEqual({ state: 'no-content-script' });
    expect(skillsAsked(background).map((m) => m.customSkills)).toEqual([[], [custom]]);
    const customSkills = first.profile.state === 'ok' ? first.profile.profile.customSkills : [];
    expect((await skillCatalogue(customSkills)).get('custom-phlebotomy')?.label).toBe('Phlebotomy');
    expect(skillsAsked(background)).toHaveLength(2);
  });

  it('leaves the catalogue to the page when the stored skills read differently once validated', async () => {
    const background = answerLikeTheBackground();
    // Another skill than above: the catalogues a page has had are kept for the page's life (this module's).
    const [id, label, category, variants] = ['custom-ecg', 'ECG', 'clinical', ['12-lead ECG']] as const;
    await fakeBrowser.storage.local.set({
      profile: { ...emptyProfile(), customSkills: [{ id, label, category, variants }] },
    });
    tabAnswers(undefined);
    const first = await readFirstAnswers(sendFirstRequests());
    const customSkills = first.profile.state === 'ok' ? first.profile.profile.customSkills : [];
    expect((await skillCatalogue(customSkills)).get('custom-ecg')?.label).toBe('ECG');
    expect(skillsAsked(background)).toHaveLength(3);
  });

  it('says the tab’s answer is out of date when that tab announced a new analysis after it was asked', async () => {
    answerLikeTheBackground();
    tabAnswers({ error: 'Reading…' });
    const requests = sendFirstRequests();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'analysis-updated' }, fromTab(99), () => undefined);
    const first = await readFirstAnswers(requests);
    expect(first.tab.result).toEqual({ state: 'error', message: 'Reading…' });
    expect(requests.tabChanged(TAB)).toBe(false);

    const again = sendFirstRequests();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'analysis-updated' }, fromTab(TAB), () => undefined);
    expect((await readFirstAnswers(again)).tabChanged()).toBe(true);
  });

  it('gives an invalid stored profile as invalid, with the tab’s answer, rather than failing', async () => {
    answerLikeTheBackground();
    await fakeBrowser.storage.local.set({ profile: { version: 'not a profile' } });
    tabAnswers({ analysed, analysedAt: '2026-01-01T10:00:00Z' });
    const first = await readFirstAnswers(sendFirstRequests());
    expect(first.profile.state).toBe('invalid');
    expect(first.tab.result?.state).toBe('ok');
  });
});
