import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../bench/summary/budgets';
import type { Headline } from '../../bench/summary/headline';

const unmeasured: Headline = {
  highlightsMsCold: null,
  highlightsMsWarm: null,
  popupReadyMs: null,
  contentScriptGzipBytes: null,
  longestTaskMs1x: null,
  longestTaskMs100x: null,
  taxonomyFiles: null,
  corpusAdvertsPerSecond1Worker: null,
  corpusAdvertsPerSecondNWorkers: null,
  corpusWorkers: null,
  vsMarkJs: null,
  vsNaiveRegex: null,
  pipelineMsMedian: null,
  backgroundGzipBytes: null,
  popupGzipBytes: null,
  corpusParseOnlyAdvertsPerSecond: null,
};

describe("issue 10's budgets", () => {
  it('checks every row of the issue’s table, and says "not measured" rather than pass for a missing figure', () => {
    const checks = checkBudgets(unmeasured);
    expect(Object.keys(checks)).toEqual([
      'contentScriptGzipBytes',
      'longestTaskMs1x',
      'longestTaskMs100x',
      'highlightsMsCold',
      'highlightsMsWarm',
      'popupReadyMs',
      'taxonomyFiles',
      'corpusAdvertsPerSecond1Worker',
      'corpusAdvertsPerSecondNWorkers',
    ]);
    expect(Object.values(checks).every((c) => c.pass === null && c.shown === '–')).toBe(true);
  });

  it('passes a figure on its limit and fails one just past it', () => {
    const on = checkBudgets({
      ...unmeasured,
      contentScriptGzipBytes: 30 * 1024,
      highlightsMsCold: 150,
      highlightsMsWarm: 50,
      corpusAdvertsPerSecond1Worker: 500,
    });
    expect(
      [on.contentScriptGzipBytes, on.highlightsMsCold, on.highlightsMsWarm, on.corpusAdvertsPerSecond1Worker].map(
        (c) => c!.pass,
      ),
    ).toEqual([true, true, true, true]);
    const past = checkBudgets({
      ...unmeasured,
      contentScriptGzipBytes: 30 * 1024 + 1,
      highlightsMsWarm: 50.1,
      longestTaskMs100x: 20.1,
      corpusAdvertsPerSecondNWorkers: 499,
    });
    expect(
      [
        past.contentScriptGzipBytes,
        past.highlightsMsWarm,
        past.longestTaskMs100x,
        past.corpusAdvertsPerSecondNWorkers,
      ].map((c) => c!.pass),
    ).toEqual([false, false, false, false]);
  });

  it('wants the taxonomy in the background only', () => {
    const pass = (files: string[]) => checkBudgets({ ...unmeasured, taxonomyFiles: files }).taxonomyFiles!.pass;
    expect(pass(['taxonomy.bin.gz'])).toBe(true);
    expect(pass(['taxonomy.json'])).toBe(false);
    expect(pass(['background.js'])).toBe(false);
    expect(pass(['taxonomy.bin.gz', 'content-scripts/advert.js'])).toBe(false);
    expect(pass(['chunks/popup-abc.js'])).toBe(false);
    expect(pass([])).toBe(false);
  });

  it('names the number of workers of the N-worker corpus figure', () => {
    const checks = checkBudgets({ ...unmeasured, corpusWorkers: 8, corpusAdvertsPerSecondNWorkers: 900 });
    expect(checks.corpusAdvertsPerSecondNWorkers!.what).toContain('8 workers');
  });
});
