import type { TraceEvent } from './trace';

/**
 * What occupies a thread at the top level: a scheduled task, or microtasks run outside any task (the
 * extension's messaging answers resolve promises there: the content script's whole paint ran in one
 * checkpoint, invisible to the longtask observer; a service worker runs its microtasks the same way).
 */
const TOP_LEVEL = new Set([
  'ThreadControllerImpl::RunTask',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'RunMicrotasks',
]);
const CONTENT_SCRIPT = /^chrome-extension:\/\/[a-p]{32}\/content-scripts\//;

/**
 * One main-thread task in which the extension's script ran; `evaluation`: the one that evaluated
 * the content script; `cpuMs`: its thread time (its wall time `ms` when the trace has none), which a
 * busy machine inflates far less than the wall time.
 */
export type ExtensionTask = { ms: number; cpuMs: number; evaluation: boolean };

/** performance.now() is coarsened to 100 µs (and jittered) outside cross-origin isolation. */
const CLOCK_GRAIN_US = 200;
export const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
const fromExtension = (e: TraceEvent) => e.args?.data?.url?.startsWith('chrome-extension://') ?? false;

/** The advert page's main thread(s): where the content script was evaluated. */
function pageThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(
    events.filter((e) => e.name === 'EvaluateScript' && CONTENT_SCRIPT.test(e.args?.data?.url ?? '')).map(thread),
  );
}

/** The top-level tasks on these threads, in order: tasks and checkpoints nested in another are part of it. */
export function tasksOn(events: readonly TraceEvent[], threads: ReadonlySet<string>): TraceEvent[] {
  const candidates = events
    .filter((e) => TOP_LEVEL.has(e.name) && e.ph === 'X' && e.dur !== undefined && threads.has(thread(e)))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const top: TraceEvent[] = [];
  const openUntil = new Map<string, number>();
  for (const event of candidates) {
    if (event.ts < (openUntil.get(thread(event)) ?? -Infinity)) continue;
    top.push(event);
    openUntil.set(thread(event), event.ts + event.dur!);
  }
  return top;
}

/** Every top-level task on the advert page's main thread, the page's own included (ms). */
export function pageMainThreadTasks(events: readonly TraceEvent[]): Array<{ ms: number }> {
  return tasksOn(events, pageThreads(events)).map((t) => ({ ms: t.dur! / 1000 }));
}

/**
 * Moments the content script noted on the page's clock (performance.now(), from the navigation of
 * `url`): a promise continuation (the background's answer, painted) leaves no event naming its
 * script in a trace, so the task it ran in is found by its time.
 */
export type PageClockMarks = { url: string; at: readonly number[] };

/** The trace's time (µs) of the page's time origin: its navigationStart, same monotonic clock. */
export function timeOrigin(events: readonly TraceEvent[], url: string): number | null {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  return start?.ts ?? null;
}

/**
 * The tasks on the advert page's main thread in which the extension's script ran (evaluating the
 * content script, its timers, observers and animation frames, and the tasks holding `marks`: its
 * answer from the background painted), longest first. A task counts whole: style and layout the script
 * forces inside it are the extension's too; rendering the browser does later, in a task of its own, is
 * not counted (nor is the page's own parsing and layout). The background runs in its service worker,
 * not on the page's thread.
 */
export function extensionTasks(events: readonly TraceEvent[], marks?: PageClockMarks): ExtensionTask[] {
  const threads = pageThreads(events);
  const tasks = tasksOn(events, threads);
  const found = new Map<TraceEvent, ExtensionTask>();
  const claim = (at: number, where: string, evaluation: boolean, slack = 0) => {
    const task = tasks.find((t) => thread(t) === where && t.ts - slack <= at && at <= t.ts + t.dur! + slack);
    if (!task) return false;
    const entry = found.get(task) ?? {
      ms: task.dur! / 1000,
      cpuMs: (task.tdur ?? task.dur!) / 1000,
      evaluation: false,
    };
    entry.evaluation ||= evaluation;
    found.set(task, entry);
    return true;
  };
  for (const event of events) {
    if (fromExtension(event) && threads.has(thread(event)))
      claim(event.ts, thread(event), event.name === 'EvaluateScript');
  }
  const origin = marks ? timeOrigin(events, marks.url) : null;
  if (marks && origin === null) throw new Error(`no navigationStart of ${marks.url} in the trace`);
  for (const at of marks?.at ?? []) {
    const ts = origin! + at * 1000;
    if (![...threads].some((where) => claim(ts, where, false, CLOCK_GRAIN_US)))
      throw new Error(`no task of the page's main thread holds the content script's moment ${at.toFixed(1)} ms`);
  }
  return [...found.values()].sort((a, b) => b.ms - a.ms);
}
