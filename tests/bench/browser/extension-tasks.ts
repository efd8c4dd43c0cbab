import type { TraceEvent } from './trace';

const TASK = 'ThreadControllerImpl::RunTask';

/**
 * One main-thread task in which the extension's script ran; `evaluation`: the one that evaluated
 * the content script.
 */
export type ExtensionTask = { ms: number; evaluation: boolean };

/**
 * The main-thread tasks in which the extension's script ran (evaluating the content script, its
 * timers, messages and promise continuations), longest first. A task counts whole: style and layout
 * the script forces inside it are the extension's too; rendering the browser does later, in a task of
 * its own, is not counted (nor is the page's own parsing and layout).
 */
export function extensionTasks(events: readonly TraceEvent[]): ExtensionTask[] {
  const ours = events.filter((e) => e.args?.data?.url?.startsWith('chrome-extension://'));
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const threads = new Set(ours.map(thread));
  const tasks = events
    .filter((e) => e.name === TASK && e.ph === 'X' && e.dur !== undefined && threads.has(thread(e)))
    .sort((a, b) => a.ts - b.ts);
  const found = new Map<TraceEvent, ExtensionTask>();
  for (const event of ours) {
    // The earliest task that contains the event: the outer one when tasks nest.
    const task = tasks.find((t) => thread(t) === thread(event) && t.ts <= event.ts && event.ts <= t.ts + t.dur!);
    if (!task) continue;
    const entry = found.get(task) ?? { ms: task.dur! / 1000, evaluation: false };
    if (event.name === 'EvaluateScript') entry.evaluation = true;
    found.set(task, entry);
  }
  return [...found.values()].sort((a, b) => b.ms - a.ms);
}
