import type { BackgroundWork } from '../browser/background-tasks';
import { median } from '../median';
import type { AdvertLoad } from './advert-load';

/** Medians over loads: DOMContentLoaded → painted, and when the page was read and the answer came (ms). */
export function highlightFigures(loads: readonly AdvertLoad[]) {
  const runsMs = loads.map((l) => l.highlightsMs);
  return {
    medianMs: median(runsMs),
    runsMs,
    readMs: median(loads.map((l) => l.readMs)),
    answeredMs: median(loads.map((l) => l.answeredMs)),
  };
}

type Tasks = NonNullable<AdvertLoad['tasks']>;
const tasksOf = (loads: readonly AdvertLoad[]): Tasks[] =>
  loads.map((l) => {
    if (!l.tasks) throw new Error('a load without its trace');
    return l.tasks;
  });

/** Medians over traced loads of the page's main-thread figures; marks painted over the `awake` ones. */
export function pageFigures(scale: number, loads: readonly AdvertLoad[], awake: readonly AdvertLoad[] = loads) {
  const tasks = tasksOf(loads);
  const of = (pick: (t: Tasks) => number) => median(tasks.map(pick));
  return {
    scale,
    loads: loads.length,
    extensionLongestTaskMs: of((t) => t.extensionLongestMs),
    extensionLongestTaskCpuMs: of((t) => t.extensionLongestCpuMs),
    evaluationMs: of((t) => t.evaluationMs),
    extensionTasks: of((t) => t.extensionTasks),
    allTasksLongestMs: of((t) => t.allLongestMs),
    highlightsAwakeMs: median(awake.map((l) => l.highlightsMs)),
  };
}

/** Medians over traced loads of what the background did for each (null: it did not happen in any). */
export function backgroundFigures(loads: readonly AdvertLoad[]): BackgroundWork {
  const work = tasksOf(loads).map((t) => t.background);
  const maybe = (xs: Array<number | null>) => {
    const present = xs.filter((x): x is number => x !== null);
    return present.length > 0 ? median(present) : null;
  };
  return {
    startMs: maybe(work.map((w) => w.startMs)),
    evaluationMs: maybe(work.map((w) => w.evaluationMs)),
    busyMs: median(work.map((w) => w.busyMs)),
    longestTaskMs: median(work.map((w) => w.longestTaskMs)),
  };
}
