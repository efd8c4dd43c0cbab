import type { BrowserBenchResult } from '../browser-bench';
import type { CorpusBenchResult } from '../corpus-bench';
import type { ExtensionBenchResult } from '../extension-bench';

/** The figures issue 6 asks for, from whichever benches ran (null for the others). */
export type Headline = {
  /** 1× page in Chromium: extraction + matching + comparison + highlighting, median of whole runs (ms). */
  pipelineMsMedian: number | null;
  /** mark.js marking every taxonomy phrase in the 1× page's criteria ÷ our whole 1× pipeline. */
  vsMarkJs: number | null;
  /** One RegExp per phrase ÷ our matcher, the 1× page's criterion texts (matching only, both). */
  vsNaiveRegex: number | null;
  /** The 100× page's pipeline time ÷ the 1× page's. */
  scaling100x: number | null;
  contentScriptGzipBytes: number | null;
  popupGzipBytes: number | null;
  corpusAdvertsPerSecond: number | null;
  corpusParseOnlyAdvertsPerSecond: number | null;
  /** Pipeline time ÷ parse-only time over the same corpus adverts. */
  corpusVsParseOnly: number | null;
  /** Longest main-thread task in which the release extension's script ran, 100× page (ms). */
  longestTaskMs: number | null;
};

export type BenchResults = {
  browser?: BrowserBenchResult;
  extension?: ExtensionBenchResult;
  corpus?: CorpusBenchResult;
};

export function headline({ browser, extension, corpus }: BenchResults): Headline {
  const total = (scale: number) => browser?.scales.find((s) => s.scale === scale)?.medians.total ?? null;
  const one = total(1);
  const hundred = total(100);
  return {
    pipelineMsMedian: one,
    vsMarkJs: browser && one ? browser.markJs.ms / one : null,
    vsNaiveRegex: browser ? browser.naive.ms / browser.naive.oursMs : null,
    scaling100x: one && hundred ? hundred / one : null,
    contentScriptGzipBytes: extension?.sizes.contentScriptGzipBytes ?? null,
    popupGzipBytes: extension?.sizes.popupGzipBytes ?? null,
    corpusAdvertsPerSecond: corpus?.pipelineAdvertsPerSecond ?? null,
    corpusParseOnlyAdvertsPerSecond: corpus?.parseOnlyAdvertsPerSecond ?? null,
    corpusVsParseOnly: corpus?.pipelineVsParseOnly ?? null,
    longestTaskMs: extension?.pages.find((p) => p.scale === 100)?.extensionLongestTaskMs ?? null,
  };
}
