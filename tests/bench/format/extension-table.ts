import type { ExtensionBenchResult } from '../extension-bench';
import { kb, ms } from './units';
import { table } from './table';

/** The release build: its sizes, and what loading the bench pages with it costs the main thread. */
export function formatExtensionBench(r: ExtensionBenchResult): string {
  const s = r.sizes;
  const sizes = table('Release build, JavaScript gzipped (level 9)', [
    ['content script (taxonomy included)', `${kb(s.contentScriptGzipBytes)}  (${kb(s.contentScriptBytes)} minified)`],
    ['popup, loaded at once', kb(s.popupGzipBytes)],
    ['popup, loaded on demand (pdf.js …)', kb(s.popupLazyGzipBytes)],
  ]);
  const pages = table('Release extension on the bench pages (medians of fresh loads; times from the page start)', [
    [
      'page',
      'loads',
      'key at',
      'our longest task',
      'ours > 50 ms',
      'script evaluation',
      'longest of all',
      'page alone',
    ],
    ...r.pages.map((p) => [
      `${p.scale}×`,
      String(p.loads),
      ms(p.legendAtMs),
      ms(p.extensionLongestTaskMs),
      String(p.extensionTasksOver50),
      ms(p.scriptEvaluationMs),
      ms(p.allTasksLongestMs),
      ms(p.pageAloneLongestMs),
    ]),
  ]);
  const note = [
    `  our tasks: main-thread tasks in which the extension's code ran (Chrome trace), the script's evaluation one of them;`,
    `  longest of all: any task, the page's own parsing and layout included (longtask observer); page alone: without the extension`,
  ].join('\n');
  return [sizes, `${pages}\n${note}`].join('\n\n');
}
