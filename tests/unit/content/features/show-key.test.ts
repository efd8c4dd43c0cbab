import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyseAdvert } from '../../../../src/background/analyse-advert';
import { readAdvertPage, type Analyse } from '../../../../src/content/advert-page';
import { KEY_TAG, showKey } from '../../../../src/content/features/show-key';
import type { AnalyseReply } from '../../../../src/messaging/background-messages';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import { recordingMarks } from '../../support/open-test-page';
import { parseHtml } from '../../support/parse-html';
import { collectedNow } from '../../support/collected-now';

const URL_ = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0601');
const html = buildAdvert({
  categories: [{ label: 'Skills', essential: ['Clinical audit experience'], desirable: [] }],
});
const ctx = {
  isInvalid: false,
  onInvalidated: () => undefined,
  addEventListener: () => undefined,
} as unknown as ContentScriptContext;

/** A page whose background answers only when the test says, with `reply` made from the real answer. */
function pageAnsweredLater(reply: (real: AnalyseReply) => AnalyseReply = (real) => real) {
  let answer = () => {};
  const analyse: Analyse = (request) =>
    new Promise((resolve) => (answer = () => void analyseAdvert(request).then((real) => resolve(reply(real)))));
  const doc = parseHtml(html);
  const page = readAdvertPage(doc, URL_, analyse, {
    marks: () => recordingMarks(),
    keepText: async () => ({ ok: true }),
    ...collectedNow(doc, URL_),
  });
  return { doc, page, answer: () => (answer(), page.answered) };
}

describe('the key', () => {
  it('is docked above the specification while the background is still matching, and stays for the answer', async () => {
    const { doc, page, answer } = pageAnsweredLater();
    showKey(page, ctx);
    const key = doc.querySelector(KEY_TAG);
    expect(key).not.toBeNull();
    expect(key!.nextElementSibling?.textContent).toMatch(/person specification/i);
    await answer();
    expect(doc.querySelectorAll(KEY_TAG)).toHaveLength(1);
    expect(doc.querySelector(KEY_TAG)).toBe(key);
  });

  it('leaves when the answer finds no criteria to compare', async () => {
    const { doc, page, answer } = pageAnsweredLater((real) =>
      real.ok ? { ...real, analysed: { ...real.analysed, criteria: [] }, report: null } : real,
    );
    showKey(page, ctx);
    expect(doc.querySelector(KEY_TAG)).not.toBeNull();
    await answer();
    expect(doc.querySelector(KEY_TAG)).toBeNull();
  });

  it('is not shown on a page whose own reading found no specification, before or after the answer', async () => {
    const doc = parseHtml('<main id="maincontent"><h1>Staff nurse</h1><p>Apply by Friday.</p></main>');
    const page = readAdvertPage(doc, URL_, analyseAdvert, {
      marks: () => recordingMarks(),
      ...collectedNow(doc, URL_),
    });
    showKey(page, ctx);
    expect(doc.querySelector(KEY_TAG)).toBeNull();
    await page.answered;
    expect(doc.querySelector(KEY_TAG)).toBeNull();
  });
});
