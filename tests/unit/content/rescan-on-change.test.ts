import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AdvertPage } from '../../../src/content/advert-page';
import { rescanOnChange } from '../../../src/content/features/rescan-on-change';
import { isOwnChange } from '../../../src/content/own-changes';
import { sameCollected } from '../../../src/content/same-read';
import { collectPage } from '../../../src/core/pipeline/collect-page';
import { openTestPage } from '../support/open-test-page';

const URL_ = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001');
const SPEC = `<main id="maincontent"><h1 id="heading">Nurse</h1>
  <h3 id="skill_category_1">Skills</h3>
  <ul id="list"><li id="essential_skill_1_criteria_1">Clinical audit experience</li></ul></main>`;
const criterionTexts = (page: AdvertPage) => page.state.analysed?.criteria.map((c) => c.text) ?? [];
const addCriterion = (m: number, text: string) =>
  document
    .getElementById('list')!
    .insertAdjacentHTML('beforeend', `<li id="essential_skill_1_criteria_${m}">${text}</li>`);
/** MutationObserver callbacks run as microtasks; then the debounce timer. */
const settle = async (ms: number) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = SPEC;
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('sameCollected', () => {
  it('holds for the same page read twice, and not after its text changes', () => {
    const first = collectPage(document, URL_);
    expect(sameCollected(first, collectPage(document, URL_))).toBe(true);
    document.getElementById('essential_skill_1_criteria_1')!.textContent = 'NMC registration';
    expect(sameCollected(first, collectPage(document, URL_))).toBe(false);
  });

  it('does not hold when the same text is rendered again into new elements', () => {
    const first = collectPage(document, URL_);
    document.body.innerHTML = SPEC;
    expect(sameCollected(first, collectPage(document, URL_))).toBe(false);
  });

  it('does not hold when a free-text page’s lines change, though no site reader finds criteria', () => {
    document.body.innerHTML = '<main><h2>Essential</h2><ul><li>NMC registration</li></ul></main>';
    const page = new URL('https://careers.example.org/jobs/1');
    const first = collectPage(document, page);
    expect(sameCollected(first, collectPage(document, page))).toBe(true);
    document.querySelector('li')!.textContent = 'Driving licence';
    expect(sameCollected(first, collectPage(document, page))).toBe(false);
  });
});

describe('isOwnChange', () => {
  const recordsOf = async (change: () => void) => {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    change();
    await Promise.resolve();
    observer.disconnect();
    return records;
  };

  it("tells the extension's own elements from the page's", async () => {
    const own = await recordsOf(() => {
      const key = document.createElement('nhsps-key');
      document.body.append(key);
      key.append(document.createElement('span'));
      key.setAttribute('style', 'height: 76px');
      document.documentElement.append(document.createElement('nhsps-marks'));
    });
    expect(own.length).toBeGreaterThan(2);
    expect(own.every(isOwnChange)).toBe(true);

    const pages = await recordsOf(() => {
      document.body.append(document.createElement('p'));
      document.getElementById('essential_skill_1_criteria_1')!.firstChild!.textContent = 'Changed';
      document.head.appendChild(document.createElement('style'));
    });
    expect(pages.length).toBe(3);
    expect(pages.some(isOwnChange)).toBe(false);
  });
});

describe('rescanOnChange', () => {
  const start = async () => {
    const page = await openTestPage(document, URL_);
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('test');
    void rescanOnChange(page, ctx);
    const published = vi.fn();
    page.subscribe(published);
    return { page, ctx, published };
  };

  it('reads criteria that appear after load, once for a burst of changes', async () => {
    const { page, published } = await start();
    for (let m = 2; m <= 6; m++) {
      addCriterion(m, `Criterion ${m} with NMC registration`);
      await settle(100);
    }
    expect(published).not.toHaveBeenCalled();
    await settle(400);
    expect(published).toHaveBeenCalledTimes(1);
    expect(criterionTexts(page)).toHaveLength(6);
  });

  it('still reads a page that never stops changing, at most a few seconds late', async () => {
    const { page, published } = await start();
    for (let m = 2; m <= 40; m++) {
      addCriterion(m, `Criterion ${m}`);
      await settle(100);
    }
    expect(published.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(published.mock.calls.length).toBeLessThanOrEqual(2);
    await settle(400);
    expect(criterionTexts(page)).toHaveLength(40);
  });

  it('ignores its own elements and changes that leave the analysis as it was', async () => {
    const { page, published } = await start();
    const rescan = vi.spyOn(page, 'rescan');
    document.body.append(document.createElement('nhsps-key'));
    await settle(1000);
    expect(rescan).not.toHaveBeenCalled();

    document.body.append(document.createElement('footer'));
    await settle(1000);
    expect(rescan).toHaveBeenCalledTimes(1);
    expect(published).not.toHaveBeenCalled();
  });

  it('stops watching when the extension goes away', async () => {
    const { page, ctx, published } = await start();
    ctx.notifyInvalidated();
    addCriterion(2, 'NMC registration');
    await settle(5000);
    expect(published).not.toHaveBeenCalled();
    expect(criterionTexts(page)).toHaveLength(1);
  });
});
