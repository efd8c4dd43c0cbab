import { describe, expect, it } from 'vitest';
import { backgroundWork } from '../../bench/browser/background-tasks';
import type { TraceEvent } from '../../bench/browser/trace';

const URL_ = 'http://127.0.0.1:9/candidate/jobadvert/x';
const BACKGROUND = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/background.js';
const ORIGIN = 1_000_000;
const page = { pid: 1, tid: 1 };
const sw = { pid: 3, tid: 4 };
const at = (ms: number) => ORIGIN + ms * 1000;
const event = (name: string, start: number, ms: number, where = sw, url?: string): TraceEvent => ({
  name,
  ph: 'X',
  ...where,
  ts: at(start),
  dur: ms * 1000,
  ...(url ? { args: { data: { url } } } : {}),
});
const navigation: TraceEvent = {
  name: 'navigationStart',
  ph: 'R',
  ...page,
  ts: ORIGIN,
  args: { data: { documentLoaderURL: URL_ } },
};
const workerName: TraceEvent = { name: 'thread_name', ph: 'M', ...sw, ts: 0, args: { name: 'ServiceWorker thread' } };

describe("the background's side of one advert load (from a browser-wide trace)", () => {
  it('asleep: when its script began after the page was read, the evaluation, and its tasks until the paint', () => {
    const work = backgroundWork(
      [
        navigation,
        event('ThreadControllerImpl::RunTask', 50, 5), // before the page was read: not this load's
        event('ThreadControllerImpl::RunTask', 300, 40),
        event('EvaluateScript', 301, 35, sw, BACKGROUND),
        event('RunMicrotasks', 345, 120), // the first answer, outside any task
        event('ThreadControllerImpl::RunTask', 690, 20), // runs past the paint: counted up to it
        event('ThreadControllerImpl::RunTask', 300, 500, page), // the page's thread: not the background's
      ],
      { url: URL_, read: 100, painted: 700 },
    );
    expect(work).toEqual({ startMs: 201, evaluationMs: 35, busyMs: 170, longestTaskMs: 120 });
  });

  it('awake: no script evaluated, its thread found by name though no event names its script', () => {
    const work = backgroundWork([navigation, workerName, event('RunMicrotasks', 120, 30)], {
      url: URL_,
      read: 100,
      painted: 200,
    });
    expect(work).toEqual({ startMs: null, evaluationMs: null, busyMs: 30, longestTaskMs: 30 });
  });
});
