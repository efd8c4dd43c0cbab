import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseAdvert } from '../../../src/background/analyse-advert';
import { collectPage } from '../../../src/core/pipeline/collect-page';
import { PAGE_LINES_CAPS } from '../../../src/messaging/page-lines-schema';
import { parseHtml } from '../support/parse-html';

const TRUST_PAGE = new URL('https://careers.example.org/jobs/42');
const html = `<main><h1>Ward Sister</h1><h2>Person specification</h2><h3>Essential</h3>
<ul><li>Current NMC registration</li><li>Experience of clinical audit</li></ul>
<h3>Desirable</h3><ul><li>Teaching qualification</li></ul></main>`;

const ask = (page: unknown) => analyseAdvert({ type: 'analyse', page, documents: [], reason: 'opened' });

beforeEach(() => fakeBrowser.reset());

describe('the background reading a page’s lines', () => {
  it('reads the criteria in the lines the tab sent and says where each was read', async () => {
    const collected = collectPage(parseHtml(html), TRUST_PAGE);
    expect(collected.lines.steps.map((s) => s.kind)).toEqual(['text']);
    const reply = await ask(JSON.parse(JSON.stringify(collected.lines)));
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.analysed.criteria.map((c) => [c.level, c.text])).toEqual([
      ['essential', 'Current NMC registration'],
      ['essential', 'Experience of clinical audit'],
      ['desirable', 'Teaching qualification'],
    ]);
    const elements = reply.read!.anchors.map(([, [n]]) => collected.elements[n!]!.textContent);
    expect(elements).toEqual(['Current NMC registration', 'Experience of clinical audit', 'Teaching qualification']);
  });

  it('refuses lines that are malformed or hold more than the caps allow', async () => {
    const { lines } = collectPage(parseHtml(html), TRUST_PAGE);
    const step = lines.steps[0]!;
    if (step.kind !== 'text') throw new Error('expected lines');
    const malformed = { ...lines, steps: [{ ...step, lines: [{ text: 42 }] }] };
    expect(await ask(malformed)).toMatchObject({ ok: false });
    const line = { text: 'x'.repeat(PAGE_LINES_CAPS.lineChars), heading: false, listItem: false };
    const tooMuch = { ...lines, steps: [{ ...step, lines: Array.from({ length: 13 }, () => line) }] };
    expect(await ask(tooMuch)).toEqual({ ok: false, message: expect.stringMatching(/too large/) });
    const tooLong = { ...lines, steps: [{ ...step, lines: [{ ...line, text: `${line.text}x` }] }] };
    expect(await ask(tooLong)).toMatchObject({ ok: false });
  });
});
