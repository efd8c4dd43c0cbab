import { build } from 'esbuild';
import { Worker } from 'node:worker_threads';
import type { Pass, Share } from './passes';
import type { WorkerRequest, WorkerSetup } from './worker';

/** Worker threads, each with a share of the records, asked to run a pass all at once. */
export type WorkerPool = {
  size: number;
  /**
   * Every worker runs the pass over its share: the wall time from asking to the last answer, the CPU
   * time the process spent meanwhile (every thread, garbage collection included), and each pass.
   */
  run(pass: WorkerRequest['pass']): Promise<{ wallMs: number; cpuMs: number; passes: Pass[] }>;
  close(): Promise<void>;
};

/** Records dealt round-robin, so that long and short adverts spread evenly over the workers. */
export function deal(records: readonly string[], workers: number): Share[] {
  const shares: Share[] = Array.from({ length: workers }, () => ({ indices: [], records: [] }));
  records.forEach((raw, i) => {
    const share = shares[i % workers]!;
    share.indices.push(i);
    share.records.push(raw);
  });
  return shares;
}

/**
 * The worker's code as one CommonJS script, bundled by esbuild from the sources: worker threads do not
 * inherit tsx's loader under Node 20, and a bundle starts in a fraction of the time tsx's per-file
 * transform takes.
 */
async function workerCode(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./worker.ts', import.meta.url).pathname],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

function start(code: string, setup: WorkerSetup): Promise<Worker> {
  const worker = new Worker(code, { eval: true, workerData: setup });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message) => (message === 'ready' ? resolve(worker) : reject(new Error(String(message)))));
  });
}

const answer = (worker: Worker) =>
  new Promise<Pass>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (pass: Pass) => {
      worker.off('error', onError);
      resolve(pass);
    });
  });

/** Pools of these sizes over the same records, started together (one bundle for all). */
export async function startPools(
  records: readonly string[],
  sizes: readonly number[],
  warmup: number,
): Promise<WorkerPool[]> {
  const code = await workerCode();
  return Promise.all(sizes.map((size) => startPool(code, records, size, warmup)));
}

async function startPool(code: string, records: readonly string[], size: number, warmup: number): Promise<WorkerPool> {
  const workers = await Promise.all(deal(records, size).map((share) => start(code, { share, warmup })));
  return {
    size,
    async run(pass) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const answers = workers.map(answer);
      for (const worker of workers) worker.postMessage({ pass } satisfies WorkerRequest);
      const passes = await Promise.all(answers);
      const { user, system } = process.cpuUsage(cpu);
      return { wallMs: performance.now() - started, cpuMs: (user + system) / 1000, passes };
    },
    close: async () => void (await Promise.all(workers.map((w) => w.terminate()))),
  };
}
