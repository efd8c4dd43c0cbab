import { parentPort, workerData } from 'node:worker_threads';
import { loadEnglishMessages } from '../../core/model/english-messages';
import type { Job } from '../jobs/job';
import { createSession, type SessionOptions } from '../session';

/** A worker thread's side: each job it is sent answered with its outcome (a PDF may finish after a later page). */
loadEnglishMessages();
const run = createSession(workerData as SessionOptions);
parentPort!.on('message', ({ seq, job }: { seq: number; job: Job }) => {
  void run(job).then((outcome) => parentPort!.postMessage({ seq, outcome }));
});
