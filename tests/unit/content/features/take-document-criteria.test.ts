import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadDocumentCriteria, saveDocumentCriteria } from '../../../../src/storage/document-criteria-store';
import type { AdvertPage } from '../../../../src/content/advert-page';
import { takeDocumentCriteria } from '../../../../src/content/features/take-document-criteria';
import type { Criterion } from '../../../../src/core/model/criterion';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import { openTestPage } from '../../support/open-test-page';
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
const newPage = () => openTestPage(parseHtml(html), URL_);
const texts = (page: AdvertPage) => page.state.analysed?.criteria.map((c) => c.text);

/** Sends the popup's message to the listener the feature registered, as the browser would. */
async function sendFromPopup(message: unknown, sender: string = fakeBrowser.runtime.id) {
  const listener = vi.mocked(fakeBrowser.runtime.onMessage.addListener).mock.calls.at(-1)![0] as (
    m: unknown,
    sender: { id?: string },
  ) => Promise<unknown>;
  return listener(message, { id: sender });
}

describe('criteria from attached documents', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  });

  it('are merged when the popup sends them, and kept for the next visit', async () => {
    const page = await newPage();
    takeDocumentCriteria(page, ctx);
    const reply = await sendFromPopup({
      type: 'add-document-criteria',
      document: { name: 'Job description (PDF)', url: JD },
      criteria: fromJd,
    });
    expect(reply).toEqual({ added: 1, total: 2, kept: true });
    expect(texts(page)).toEqual(['Clinical audit', 'Risk management']);
    expect((await loadDocumentCriteria(URL_.href)).get(JD)).toEqual(fromJd);
  });

  it('come back with the advert, for documents it still links to', async () => {
    await saveDocumentCriteria(URL_.href, JD, fromJd);
    await saveDocumentCriteria(URL_.href, 'https://www.jobs.nhs.uk/old.pdf', [
      { ...fromJd[0]!, id: 'doc-old', text: 'Line management' },
    ]);
    const page = await newPage();
    expect(texts(page)).toEqual(['Clinical audit', 'Risk management']);
    expect(page.state.analysed?.documents).toEqual([{ name: 'Job description (PDF)', url: JD, criteriaRead: 2 }]);
  });

  it('are still merged when storage will not keep them, and the reply says so', async () => {
    const page = await newPage();
    takeDocumentCriteria(page, ctx);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const reply = await sendFromPopup({
      type: 'add-document-criteria',
      document: { name: 'Job description (PDF)', url: JD },
      criteria: fromJd,
    });
    expect(reply).toEqual({ added: 1, total: 2, kept: false });
    expect(texts(page)).toEqual(['Clinical audit', 'Risk management']);
  });

  it('ignore messages that are not theirs, malformed, or from outside the extension', async () => {
    const page = await newPage();
    takeDocumentCriteria(page, ctx);
    expect(await sendFromPopup({ type: 'get-analysis' })).toBeUndefined();
    const message = { type: 'add-document-criteria', document: { name: 'JD', url: JD }, criteria: fromJd };
    expect(await sendFromPopup(message, 'another-extension')).toBeUndefined();
    expect(
      await sendFromPopup({ type: 'add-document-criteria', document: { url: JD }, criteria: 'all' }),
    ).toBeUndefined();
    expect(texts(page)).toEqual(['Clinical audit']);
  });
});
