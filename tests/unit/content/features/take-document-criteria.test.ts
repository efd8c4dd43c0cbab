import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadDocumentCriteria, saveDocumentCriteria } from '../../../../src/storage/document-criteria-store';
import { createAdvertPage } from '../../../../src/content/advert-page';
import { keepDocumentCriteria } from '../../../../src/content/features/take-document-criteria';
import type { Criterion } from '../../../../src/core/model/criterion';
import { emptyProfile } from '../../../../src/core/model/profile';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import { testMatcher } from '../../support/make-report';
import { parseHtml } from '../../support/parse-html';

const URL_ = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0600');
const JD = 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0600/documents/jd.pdf';
const html = buildAdvert({ categories: [{ label: 'Skills', essential: ['Clinical audit'], desirable: [] }] }).replace(
  '</main>',
  `<ul><li><a href="${JD}">Job description (PDF)</a></li></ul></main>`,
);
const fromJd: Criterion[] = [
  {
    id: 'doc-1',
    category: 'Experience',
    level: 'essential',
    text: 'Risk management',
    source: { kind: 'document', name: 'Job description (PDF)' },
  },
  {
    id: 'doc-2',
    category: 'Skills',
    level: 'essential',
    text: 'Clinical audit',
    source: { kind: 'document', name: 'Job description (PDF)' },
  },
];
const ctx = { isInvalid: false, onInvalidated: () => undefined } as unknown as ContentScriptContext;
const newPage = () => createAdvertPage(parseHtml(html), URL_, testMatcher, { state: 'ok', profile: emptyProfile() });
const texts = (page: ReturnType<typeof newPage>) => page.state.analysis.analysed.criteria.map((c) => c.text);

/** Sends the popup's message to the listener the feature registered, as the browser would. */
async function sendFromPopup(message: unknown) {
  const listener = vi.mocked(fakeBrowser.runtime.onMessage.addListener).mock.calls.at(-1)![0] as (
    m: unknown,
  ) => Promise<unknown>;
  return listener(message);
}

describe('criteria from attached documents', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  });

  it('are merged when the popup sends them, and kept for the next visit', async () => {
    const page = newPage();
    await keepDocumentCriteria(page, ctx);
    const reply = await sendFromPopup({
      type: 'add-document-criteria',
      document: { name: 'Job description (PDF)', url: JD },
      criteria: fromJd,
    });
    expect(reply).toEqual({ added: 1, total: 2, kept: true });
    expect(texts(page)).toEqual(['Clinical audit', 'Risk management']);
    expect((await loadDocumentCriteria(page.state.analysis.analysed.url)).get(JD)).toEqual(fromJd);
  });

  it('come back with the advert, for documents it still links to', async () => {
    const url = newPage().state.analysis.analysed.url;
    await saveDocumentCriteria(url, JD, fromJd);
    await saveDocumentCriteria(url, 'https://www.jobs.nhs.uk/old.pdf', [
      { ...fromJd[0]!, id: 'doc-old', text: 'Line management' },
    ]);
    const page = newPage();
    await keepDocumentCriteria(page, ctx);
    expect(texts(page)).toEqual(['Clinical audit', 'Risk management']);
    expect(page.state.analysis.analysed.documents).toEqual([
      { name: 'Job description (PDF)', url: JD, criteriaRead: 2 },
    ]);
  });

  it('are still merged when storage will not keep them, and the reply says so', async () => {
    const page = newPage();
    await keepDocumentCriteria(page, ctx);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const reply = await sendFromPopup({
      type: 'add-document-criteria',
      document: { name: 'Job description (PDF)', url: JD },
      criteria: fromJd,
    });
    expect(reply).toEqual({ added: 1, total: 2, kept: false });
    expect(texts(page)).toEqual(['Clinical audit', 'Risk management']);
  });

  it('ignore messages that are not theirs or fail validation', async () => {
    const page = newPage();
    await keepDocumentCriteria(page, ctx);
    expect(await sendFromPopup({ type: 'get-analysis' })).toBeUndefined();
    expect(
      await sendFromPopup({ type: 'add-document-criteria', document: { url: JD }, criteria: 'all' }),
    ).toBeUndefined();
    expect(texts(page)).toEqual(['Clinical audit']);
  });
});
