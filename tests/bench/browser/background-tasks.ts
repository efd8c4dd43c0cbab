import { tasksOn, thread, timeOrigin } from './extension-tasks';
import type { TraceEvent } from './trace';

const BACKGROUND = /^chrome-extension:\/\/[a-p]{32}\/background\.js/;
const WORKER_THREAD = 'ServiceWorker thread';

/**
 * What the extension's background (its service worker) did between the content script's reading the
 * page and its painting the answer (ms): when it began evaluating its script, counted from the page
 * read (a worker that was asleep starts first; null when it was awake), that evaluation, and the time
 * its tasks took (busy) and the longest of them.
 */
export type BackgroundWork = {
  startMs: number | null;
  evaluationMs: number | null;
  busyMs: number;
  longestTaskMs: number;
};

/** From a browser-wide trace of one advert load; `read` and `painted` as the content script noted them (page clock). */
export function backgroundWork(
  events: readonly TraceEvent[],
  { url, read, painted }: { url: string; read: number; painted: number },
): BackgroundWork {
  const origin = timeOrigin(events, url);
  if (origin === null) throw new Error(`no navigationStart of ${url} in the trace`);
  const from = origin + read * 1000;
  const to = origin + painted * 1000;
  const ours = events.filter((e) => BACKGROUND.test(e.args?.data?.url ?? ''));
  // An awake worker answers a message without any event naming its script: its thread is known by name
  // (the extension's is the only service worker in the bench's browser).
  const workers = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === WORKER_THREAD);
  const threads = new Set([...ours, ...workers].map(thread));
  const evaluation = ours.find((e) => e.name === 'EvaluateScript' && e.ts >= from && e.ts <= to);
  const spans = tasksOn(events, threads)
    .map((t) => Math.min(t.ts + t.dur!, to) - Math.max(t.ts, from))
    .filter((us) => us > 0);
  return {
    startMs: evaluation ? (evaluation.ts - from) / 1000 : null,
    evaluationMs: evaluation?.dur !== undefined ? evaluation.dur / 1000 : null,
    busyMs: spans.reduce((sum, us) => sum + us, 0) / 1000,
    longestTaskMs: Math.max(0, ...spans) / 1000,
  };
}
