import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseAdvert } from '../../../src/background/analyse-advert';
import type { AnalyseReply, AnalyseRequest } from '../../../src/messaging/background-messages';
import { emptyProfile } from '../../../src/core/model/profile';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';
import { openAdvertPage, readAdvertPage } from '../../../src/content/advert-page';
import { openTestPage, recordingMarks } from '../support/open-test-page';
import { parseHtml } from '../support/parse-html';
import { collectedNow } from '../support/collected-now';

const URL_ = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001');
const html = buildAdvert({
  categories: [{ label: 'Skills', essential: ['Clinical audit experience'], desirable: [] }],
});
const auditNote = { id: 'note-1', situation: 'Ward falls audit', action: 'Led it', result: 'Falls fell' };
const withAudit = {
  ...emptyProfile(),
  skills: [{ skillId: 'gov-clinical-audit', status: 'held' as const, evidence: [auditNote] }],
};

beforeEach(() => fakeBrowser.reset());

describe('an advert page', () => {
  it('reads the page, shows the background’s report, and asks again when told the profile changed', async () => {
    const page = await openTestPage(parseHtml(html), URL_);
    expect(page.state.read.spec.criteria.map((c) => c.text)).toEqual(['Clinical audit experience']);
    expect(page.state.report?.blockers).toHaveLength(1);
    expect(page.state.profile).toBe('empty');
    const listener = vi.fn();
    page.subscribe(listener);
    await fakeBrowser.storage.local.set({ profile: withAudit });
    await page.refresh();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(page.state.report?.counts.essential.met).toBe(1);
  });

  it('has no report on a page without criteria, and finds criteria added later on a rescan', async () => {
    await fakeBrowser.storage.local.set({ profile: withAudit });
    const doc = parseHtml('<main id="maincontent"><h1 id="heading">Nurse</h1></main>');
    const page = await openTestPage(doc, URL_);
    expect(page.state.report).toBeNull();
    expect(await page.rescan()).toBe(false);
    doc
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<ul><li id="essential_skill_1_criteria_1">Clinical audit</li></ul>');
    expect(await page.rescan()).toBe(true);
    expect(page.state.report?.counts.essential).toMatchObject({ total: 1, met: 1 });
  });

  it('adds a document’s criteria to the page as last read, without reading the page again', async () => {
    const doc = parseHtml(html);
    const page = await openTestPage(doc, URL_);
    doc
      .querySelector('ul')!
      .insertAdjacentHTML('beforeend', '<li id="essential_skill_1_criteria_9">Risk management</li>');
    const link = 'https://www.jobs.nhs.uk/jd.pdf';
    const spec = page.state.read.spec;
    spec.documents.push({ name: 'JD', url: link });
    const reply = await page.addDocumentCriteria(link, [
      { id: 'doc-1', category: 'Skills', level: 'essential', text: 'Line management', source: { kind: 'document' } },
    ]);
    const texts = () => page.state.analysed?.criteria.map((c) => c.text);
    expect(texts()).toEqual(['Clinical audit experience', 'Line management']);
    expect(reply).toEqual({ added: 1, total: 2, kept: true });
    expect(await page.rescan()).toBe(true);
    expect(texts()).toEqual(['Clinical audit experience', 'Risk management']);
  });

  it('says why there is no report when the extension does not answer, and keeps what the page says', async () => {
    const page = await openTestPage(parseHtml(html), URL_, () => Promise.reject(new Error('Extension reloaded')));
    expect(page.state).toMatchObject({ analysed: null, report: null, error: 'Extension reloaded' });
    expect(page.state.read.spec.criteria).toHaveLength(1);
  });

  it('sends the page’s text after the answer, in a task of its own, for a page read afresh', async () => {
    vi.useFakeTimers();
    try {
      const keepText = vi.fn(async () => ({ ok: true }));
      const doc = parseHtml(html);
      const page = await openAdvertPage(doc, URL_, analyseAdvert, {
        marks: () => recordingMarks(),
        keepText,
        ...collectedNow(doc, URL_),
      });
      expect(page.state.report).not.toBeNull();
      expect(keepText).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(keepText).toHaveBeenCalledWith({
        type: 'keep-page-text',
        url: page.state.read.spec.url,
        description: expect.stringContaining('Clinical audit experience'),
      });
      await page.refresh(); // the same read: the text kept stays
      vi.runAllTimers();
      expect(keepText).toHaveBeenCalledTimes(1);
      // The advert gone ("not found" at its address): nothing recorded, so its text never replaces the kept one.
      const gone = parseHtml('<main id="maincontent"><h1>Page not found</h1></main>');
      await openAdvertPage(gone, URL_, analyseAdvert, {
        marks: () => recordingMarks(),
        keepText,
        ...collectedNow(gone, URL_),
      });
      vi.runAllTimers();
      expect(keepText).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops an answer overtaken by a later question', async () => {
    const pending: Array<{ request: AnalyseRequest; answer: (reply: AnalyseReply) => void }> = [];
    const page = await openTestPage(parseHtml(html), URL_, (request) =>
      request.reason === 'opened' ? analyseAdvert(request) : new Promise((answer) => pending.push({ request, answer })),
    );
    const first = page.refresh();
    const second = page.refresh();
    await fakeBrowser.storage.local.set({ profile: withAudit });
    pending[1]!.answer(await analyseAdvert(pending[1]!.request));
    await second;
    const answered = page.state;
    expect(answered.report?.counts.essential.met).toBe(1);
    pending[0]!.answer({ ok: false, message: 'stale' });
    await first;
    expect(page.state).toBe(answered);
  });

  it('is read at once, before the background answers, and publishes the answer when it comes', async () => {
    let answer: (reply: AnalyseReply) => void = () => undefined;
    let asked: AnalyseRequest | undefined;
    const doc = parseHtml(html);
    const page = readAdvertPage(
      doc,
      URL_,
      (request) => {
        asked = request;
        return new Promise((resolve) => (answer = resolve));
      },
      { marks: () => recordingMarks(), keepText: async () => ({ ok: true }), ...collectedNow(doc, URL_) },
    );
    // The question left with the page's lines, and the page's own reading is already in the state.
    expect(asked?.page?.steps.length).toBeGreaterThan(0);
    expect(page.state.read.anchors.size).toBeGreaterThan(0);
    expect(page.state.analysedAt).toBeNull();
    const published: Array<number | null> = [];
    page.subscribe((state) => published.push(state.analysedAt));
    answer(await analyseAdvert(asked!));
    await page.answered;
    expect(published).toHaveLength(1);
    expect(page.state.report?.counts.essential.total).toBe(1);
  });
});
