import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseAdvert } from '../../../src/background/analyse-advert';
import { historyWritten } from '../../../src/background/history-writes';
import { keepPageText } from '../../../src/background/keep-page-text';
import { matchKeptAdvert } from '../../../src/background/match-kept-advert';
import { reviewExamples } from '../../../src/background/review-evidence';
import { historyKey } from '../../../src/core/history/history-entry';
import { emptyProfile } from '../../../src/core/model/profile';
import type { AnalyseRequest } from '../../../src/messaging/background-messages';
import { loadHistory } from '../../../src/storage/history-store';
import { loadSnapshot } from '../../../src/storage/snapshot-store';
import { specOf } from '../support/spec-of';

const spec = specOf(['Experience of clinical audit', 'Current NMC registration'], {
  title: 'Staff Nurse',
  postedDate: '2026-12-10',
});
const request = (extra: Partial<AnalyseRequest> = {}): AnalyseRequest => ({
  type: 'analyse',
  spec,
  limits: null,
  documents: [],
  reason: 'opened',
  ...extra,
});
const note = {
  situation: 'Falls on our 28-bed medical ward had risen over the winter, above the trust average.',
  action: 'We led an audit of every fall over three months and set up a night-time toileting round.',
  result: 'Falls fell from twelve a month to four within six months.',
};

beforeEach(() => fakeBrowser.reset());

describe('the background keeps a copy of each advert it records', () => {
  it('records the entry with its posted date, and the copy with the page’s text', async () => {
    await fakeBrowser.storage.local.set({
      profile: { ...emptyProfile(), skills: [{ skillId: 'gov-clinical-audit' }] },
    });
    const reply = await analyseAdvert(request());
    expect(reply.ok).toBe(true);
    // The tab sends the page's text once it has painted the answer.
    const text = { type: 'keep-page-text', url: spec.url, description: 'Job summary\nA ward sister post.' };
    expect(await keepPageText(text)).toEqual({ ok: true });
    const { entries } = await loadHistory();
    expect(entries).toMatchObject([{ title: 'Staff Nurse', postedDate: '2026-12-10', kept: true }]);
    const kept = await loadSnapshot(historyKey(spec.url));
    expect(kept).toMatchObject({ description: 'Job summary\nA ward sister post.', spec: { title: 'Staff Nurse' } });
    expect(kept!.spec.criteria.map((c) => c.text)).toEqual(spec.criteria.map((c) => c.text));
    // A later analysis without the page's text keeps the text kept.
    await analyseAdvert(request({ reason: 'changed' }));
    await historyWritten();
    expect((await loadSnapshot(historyKey(spec.url)))!.description).toBe('Job summary\nA ward sister post.');
  });

  it('refuses a description longer than the cap, and keeps none for an advert it did not record', async () => {
    await fakeBrowser.storage.local.set({ profile: emptyProfile() });
    await analyseAdvert(request());
    await historyWritten();
    expect(await keepPageText({ type: 'keep-page-text', url: spec.url, description: 'x'.repeat(20_001) })).toEqual({
      ok: false,
    });
    expect((await loadSnapshot(historyKey(spec.url)))!.description).toBe('');
    const elsewhere = 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0999';
    expect(await keepPageText({ type: 'keep-page-text', url: elsewhere, description: 'Text' })).toEqual({ ok: true });
    expect(await loadSnapshot(historyKey(elsewhere))).toBeNull();
  });
});

describe('examples reviewed in the background', () => {
  it('reviews each note in the order asked, with the matcher that tells keywords apart', async () => {
    const reply = await reviewExamples({ type: 'review', notes: [note, { ...note, action: '' }], customSkills: [] });
    expect(reply!.reviews.map((r) => [r.action, r.firstPerson, r.measurableResult])).toEqual([
      [true, false, true],
      [false, false, true],
    ]);
    expect(reply!.reviews[0]!.mentions).toContain('gov-clinical-audit');
  });

  it("uses the stored profile's own skills when none are sent, and ignores a malformed request", async () => {
    await fakeBrowser.storage.local.set({
      profile: {
        ...emptyProfile(),
        customSkills: [{ id: 'custom-toileting', label: 'Toileting rounds', variants: ['toileting round'] }],
      },
    });
    const reply = await reviewExamples({ type: 'review', notes: [note] });
    expect(reply!.reviews[0]!.mentions).toContain('custom-toileting');
    expect(await reviewExamples({ type: 'review', notes: 'no' })).toBeUndefined();
  });

  it("matches a kept advert's criteria again", async () => {
    const reply = await matchKeptAdvert({ type: 'match', spec, customSkills: [] });
    expect(reply!.analysed.criteria[0]!.hits.map((h) => h.skillId)).toContain('gov-clinical-audit');
    expect(await matchKeptAdvert({ type: 'match', spec: {} })).toBeUndefined();
  });
});
