import { parentPort, workerData } from 'node:worker_threads';
import { blankDocument, parseOnlyPass, pipelinePass, type Share } from './passes';

/** What a corpus worker is asked to do, once warm: one pass over its share. */
export type WorkerRequest = { pass: 'pipeline' | 'parse' };
export type WorkerSetup = { share: Share; warmup: number };

/**
 * A corpus worker thread: its share of the records, warmed up (the matcher compiles what the first
 * adverts reach), then one pass per request. It says `ready` once warm.
 */
const { share, warmup } = workerData as WorkerSetup;
const doc = blankDocument();
const head: Share = { indices: share.indices.slice(0, warmup), records: share.records.slice(0, warmup) };
pipelinePass(doc, head);
parseOnlyPass(doc, head);
parentPort!.on('message', ({ pass }: WorkerRequest) => {
  parentPort!.postMessage(pass === 'pipeline' ? pipelinePass(doc, share) : parseOnlyPass(doc, share));
});
parentPort!.postMessage('ready');
