import type { BackgroundWork } from '../browser/background-tasks';
import type { ExtensionBenchResult } from '../extension-bench';
import { kb, ms } from './units';
import { table } from './table';

const list = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(', ');

/** The release build's sizes and taxonomy, and the e2e build's timings on the bench pages. */
export function formatExtensionBench(r: ExtensionBenchResult): string {
  const s = r.sizes;
  const sizes = table('Release build (wxt build), JavaScript gzipped (level 9)', [
    ['content script', `${kb(s.contentScriptGzipBytes)}  (${kb(s.contentScriptBytes)} minified)`],
    ['background', kb(s.backgroundGzipBytes)],
    ['popup, loaded at once', kb(s.popupGzipBytes)],
    ['popup, loaded on demand (pdf.js …)', kb(s.popupLazyGzipBytes)],
  ]);
  const taxonomy = table(
    `Built files carrying the taxonomy (at least half of ${r.taxonomy.markers.length} variant phrases found in them)`,
    r.taxonomy.files.length === 0
      ? [['none found']]
      : r.taxonomy.files.map((f) => [
          f.file,
          `${f.markers}/${r.taxonomy.markers.length}`,
          f.loadedBy.join(', '),
          f.why,
        ]),
  );
  const { cold, warm } = r.highlights;
  const timings = table('e2e build on the 1× page: DOMContentLoaded → marks painted (medians; runs in ms)', [
    [
      'background asleep (worker stopped, seen to start)',
      ms(cold.medianMs),
      `read at ${ms(cold.readMs)}, answered at ${ms(cold.answeredMs)}`,
      list(cold.runsMs),
    ],
    [
      `background awake (${warm.restarted} of ${warm.runsMs.length} restarted)`,
      ms(warm.medianMs),
      `read at ${ms(warm.readMs)}, answered at ${ms(warm.answeredMs)}`,
      list(warm.runsMs),
    ],
    ['popup.html?tab=…: navigation start → report', ms(r.popup.medianMs), '', list(r.popup.runsMs)],
  ]);
  const pages = table(
    'Traced loads: the advert page’s main thread (medians; 1×: asleep and awake loads, 100×: awake)',
    [
      [
        'page',
        'loads',
        'our longest task',
        '(its CPU)',
        'evaluation task',
        'our tasks',
        'longest of all',
        'painted, awake',
      ],
      ...r.pages.map((p) => [
        `${p.scale}×`,
        String(p.loads),
        ms(p.extensionLongestTaskMs),
        ms(p.extensionLongestTaskCpuMs),
        ms(p.evaluationMs),
        String(p.extensionTasks),
        ms(p.allTasksLongestMs),
        ms(p.highlightsAwakeMs),
      ]),
    ],
  );
  const note = [
    `  our tasks: tasks and microtask checkpoints in which the content script ran (Chrome trace): its evaluation (which`,
    `  reads the page), the answer painted, its animation frames; longest of all: any, the page's own parsing included;`,
    `  (its CPU): the longest of our tasks by thread time, which a loaded machine inflates far less than wall time`,
  ].join('\n');
  const bg = (w: BackgroundWork) => [ms(w.startMs), ms(w.evaluationMs), ms(w.busyMs), ms(w.longestTaskMs)];
  const background = table('Traced 1× loads: the background between the page read and the marks painted (medians)', [
    ['background', 'script evaluated from', 'evaluation', 'busy', 'longest task'],
    ['asleep', ...bg(r.background.cold)],
    ['awake', ...bg(r.background.warm)],
  ]);
  return [sizes, taxonomy, timings, `${pages}\n${note}`, background].join('\n\n');
}
