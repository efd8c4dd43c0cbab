import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job } from '../jobs/job';
import type { Outcome, SessionOptions } from '../session';
import { bundleWorker } from './bundle-worker';

/** Jobs in flight per worker: enough to keep it busy while its answers travel back. */
const AHEAD = 4;

type Busy = { worker: Worker; queue: number[] };

/**
 * The jobs' outcomes in the jobs' order, computed by `count` worker threads: each job goes to the
 * worker with the fewest in flight, at most a few ahead, so a stream of any length is read as fast as
 * the workers answer it. A worker that fails ends the run with its error.
 */
export async function* inWorkers(jobs: AsyncIterable<Job>, count: number, options: SessionOptions) {
  const code = await bundleWorker(join(dirname(fileURLToPath(import.meta.url)), 'job-worker.ts'));
  const done = new Map<number, Outcome>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  const pool: Busy[] = Array.from({ length: count }, () => {
    const busy: Busy = { worker: new Worker(code, { eval: true, workerData: options }), queue: [] };
    busy.worker.on('message', ({ seq, outcome }: { seq: number; outcome: Outcome }) => {
      busy.queue.splice(busy.queue.indexOf(seq), 1);
      done.set(seq, outcome);
      signal();
    });
    busy.worker.on('error', (error) => {
      failure = error;
      signal();
    });
    busy.worker.on('exit', (code) => {
      failure ??= busy.queue.length > 0 ? new Error(`a worker thread stopped (exit code ${code})`) : null;
      signal();
    });
    return busy;
  });
  const settled = () => new Promise<void>((resolve) => (wake = resolve));

  let sent = 0;
  let next = 0;
  try {
    for await (const job of jobs) {
      let idle = pool.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
      while (idle.queue.length >= AHEAD && !failure) {
        if (!done.has(next)) await settled();
        yield* ready();
        idle = pool.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
      }
      if (failure) throw failure;
      idle.queue.push(sent);
      idle.worker.postMessage({ seq: sent++, job });
      yield* ready();
    }
    while (next < sent) {
      if (failure) throw failure;
      if (!done.has(next)) await settled();
      yield* ready();
    }
  } finally {
    await Promise.all(pool.map(({ worker }) => worker.terminate()));
  }

  function* ready(): Generator<Outcome> {
    for (let outcome = done.get(next); outcome; outcome = done.get(next)) {
      done.delete(next++);
      yield outcome;
    }
  }
}
