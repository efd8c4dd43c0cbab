import { afterEach, describe, expect, it, vi } from 'vitest';
import { runEnded } from '../../../src/content/first-run-here';
import { awaitHandover, forgetHandover } from '../../../src/content/read-handover';
import { startReading } from '../../../src/content/start-reading';
import type { AnalyseRequest } from '../../../src/messaging/background-messages';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';
import { parseHtml } from '../support/parse-html';

const html = buildAdvert({
  categories: [{ label: 'Skills', essential: ['Clinical audit experience'], desirable: ['Mentorship course'] }],
});

afterEach(() => {
  runEnded();
  forgetHandover();
});

describe('the reader', () => {
  it('sends the page’s lines as a page just opened, and hands them over with the answer on its way', async () => {
    const send = vi.fn(async (_request: unknown) => ({ ok: false, message: 'answered' }));
    const doc = parseHtml(html);
    await startReading(doc, send);
    const request = send.mock.calls[0]![0] as AnalyseRequest;
    expect(request).toMatchObject({ type: 'analyse', reason: 'opened', documents: [] });
    expect(request.page?.steps.length).toBeGreaterThan(0);
    const read = await awaitHandover();
    expect(read.collected.lines).toBe(request.page);
    expect(await read.reply).toEqual({ ok: false, message: 'answered' });
    expect((await read.collect(doc, new URL(doc.location.href))).lines).toEqual(request.page);
  });

  it('answers for the background when it cannot be reached', async () => {
    await startReading(parseHtml(html), () => Promise.reject(new Error('gone')));
    expect(await (await awaitHandover()).reply).toMatchObject({
      ok: false,
      message: expect.stringContaining('Reload'),
    });
  });

  it('reads a page once, however often it is injected', async () => {
    const send = vi.fn(async (_request: unknown) => ({ ok: true }));
    await startReading(parseHtml(html), send);
    await startReading(parseHtml(html), send);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('hands the lines to a painter that waits for them', async () => {
    const painter = awaitHandover();
    await startReading(
      parseHtml(html),
      vi.fn(async () => ({ ok: true })),
    );
    expect((await painter).collected.lines.steps.length).toBeGreaterThan(0);
  });
});
