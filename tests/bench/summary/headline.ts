import type { BrowserBenchResult } from '../browser-bench';
import type { CorpusBenchResult } from '../corpus-bench';
import type { ExtensionBenchResult } from '../extension-bench';

/** The figures issue 10 asks for, from whichever benches ran (null for the others). */
export type Headline = {
  /** DOMContentLoaded → marks painted, background's service worker stopped before each load, 1× page (ms). */
  highlightsMsCold: number | null;
  /** The same, background awake (a load right after another). */
  highlightsMsWarm: number | null;
  /** popup.html?tab=<advert tab> opened as a tab: navigation start → the report's score in the page (ms). */
  popupReadyMs: number | null;
  /** The release build's content script, gzipped (level 9). */
  contentScriptGzipBytes: number | null;
  /** Longest task on the advert page's main thread in which the content script ran, 1× and 100× pages (ms). */
  longestTaskMs1x: number | null;
  longestTaskMs100x: number | null;
  /** Built files of the release build that carry the taxonomy. */
  taxonomyFiles: string[] | null;
  /** Corpus adverts through the whole pipeline per second, one worker thread and `corpusWorkers` threads. */
  corpusAdvertsPerSecond1Worker: number | null;
  corpusAdvertsPerSecondNWorkers: number | null;
  corpusWorkers: number | null;
  /** mark.js marking every taxonomy phrase in the 1× page's criteria ÷ our whole in-page pipeline. */
  vsMarkJs: number | null;
  /** One RegExp per phrase ÷ our matcher, the 1× page's criterion texts (matching only, both). */
  vsNaiveRegex: number | null;
  /** For information: the in-page pipeline (read + match + compare + paint, one page, no messaging), 1× (ms). */
  pipelineMsMedian: number | null;
  backgroundGzipBytes: number | null;
  popupGzipBytes: number | null;
  corpusParseOnlyAdvertsPerSecond: number | null;
};

export type BenchResults = {
  browser?: BrowserBenchResult;
  extension?: ExtensionBenchResult;
  corpus?: CorpusBenchResult;
};

export function headline({ browser, extension, corpus }: BenchResults): Headline {
  const oneX = browser?.scales.find((s) => s.scale === 1)?.medians.total ?? null;
  const longest = (scale: number) => extension?.pages.find((p) => p.scale === scale)?.extensionLongestTaskMs ?? null;
  return {
    highlightsMsCold: extension?.highlights.cold.medianMs ?? null,
    highlightsMsWarm: extension?.highlights.warm.medianMs ?? null,
    popupReadyMs: extension?.popup.medianMs ?? null,
    contentScriptGzipBytes: extension?.sizes.contentScriptGzipBytes ?? null,
    longestTaskMs1x: longest(1),
    longestTaskMs100x: longest(100),
    taxonomyFiles: extension?.taxonomy.files.map((f) => f.file) ?? null,
    corpusAdvertsPerSecond1Worker: corpus?.oneWorker?.advertsPerSecond ?? null,
    corpusAdvertsPerSecondNWorkers: corpus?.nWorkers?.advertsPerSecond ?? null,
    corpusWorkers: corpus?.nWorkers?.workers ?? null,
    vsMarkJs: browser && oneX ? browser.markJs.ms / oneX : null,
    vsNaiveRegex: browser ? browser.naive.ms / browser.naive.oursMs : null,
    pipelineMsMedian: oneX,
    backgroundGzipBytes: extension?.sizes.backgroundGzipBytes ?? null,
    popupGzipBytes: extension?.sizes.popupGzipBytes ?? null,
    corpusParseOnlyAdvertsPerSecond: corpus?.parseOnlyAdvertsPerSecond ?? null,
  };
}
