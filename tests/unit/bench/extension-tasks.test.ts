import { describe, expect, it } from 'vitest';
import { extensionTasks, pageMainThreadTasks } from '../../bench/browser/extension-tasks';
import type { TraceEvent } from '../../bench/browser/trace';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SCRIPT = `chrome-extension://${ID}/content-scripts/advert.js`;
const PAGE_URL = 'http://127.0.0.1:9/candidate/jobadvert/x';
const page = { pid: 1, tid: 1 };
const worker = { pid: 2, tid: 7 };

/** Times in milliseconds from the page's navigation start, written as trace microseconds. */
const ORIGIN = 5_000_000;
const at = (ms: number) => ORIGIN + ms * 1000;
const task = (start: number, ms: number, where = page): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ...where,
  ts: at(start),
  dur: ms * 1000,
});
const checkpoint = (start: number, ms: number): TraceEvent => ({
  ...task(start, ms),
  name: 'BlinkScheduler_PerformMicrotaskCheckpoint',
});
const inside = (name: string, time: number, url: string, where = page): TraceEvent => ({
  name,
  ph: 'X',
  ...where,
  ts: at(time),
  dur: 100,
  args: { data: { url } },
});
const navigation: TraceEvent = {
  name: 'navigationStart',
  ph: 'R',
  ...page,
  ts: ORIGIN,
  args: { data: { documentLoaderURL: PAGE_URL } },
};

const trace: TraceEvent[] = [
  navigation,
  task(10, 40), // the page's own parsing
  { ...task(60, 30), tdur: 21_000 }, // the content script's evaluation, which reads the page (21 ms of CPU)
  inside('EvaluateScript', 61, SCRIPT),
  task(70, 2), // nested in the evaluation: part of it
  task(100, 3), // the page's own timer
  checkpoint(150, 25), // the background's answer painted: no event names the script
  task(200, 12), // an animation frame of the overlay
  inside('FunctionCall', 201, SCRIPT),
  task(300, 80, worker), // the background's service worker: not the page's thread
  inside('FunctionCall', 301, `chrome-extension://${ID}/background.js`, worker),
];

describe('the tasks the extension adds to the advert page (from a Chrome trace)', () => {
  it('finds the evaluation, the answer painted in a microtask checkpoint (by its moment) and the animation frame', () => {
    const ours = extensionTasks(trace, { url: PAGE_URL, at: [65, 160] });
    expect(ours).toEqual([
      { ms: 30, cpuMs: 21, evaluation: true },
      { ms: 25, cpuMs: 25, evaluation: false },
      { ms: 12, cpuMs: 12, evaluation: false },
    ]);
  });

  it('misses the painting checkpoint without the content script’s moments: no event names its script', () => {
    expect(extensionTasks(trace).map((t) => t.ms)).toEqual([30, 12]);
  });

  it('leaves out the page’s own tasks and the background’s thread', () => {
    const ours = extensionTasks(trace, { url: PAGE_URL, at: [65, 160] }).map((t) => t.ms);
    expect(ours).not.toContain(40);
    expect(ours).not.toContain(3);
    expect(ours).not.toContain(80);
  });

  it('counts every top-level task of the page’s thread as the page’s, nested ones inside their task', () => {
    expect(pageMainThreadTasks(trace).map((t) => t.ms)).toEqual([40, 30, 3, 25, 12]);
  });

  it('refuses a moment that no task holds, rather than report a longest task without it', () => {
    expect(() => extensionTasks(trace, { url: PAGE_URL, at: [500] })).toThrow(/no task/);
    expect(() => extensionTasks(trace, { url: 'http://elsewhere/', at: [65] })).toThrow(/navigationStart/);
  });
});
