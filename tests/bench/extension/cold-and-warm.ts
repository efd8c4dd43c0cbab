import type { AdvertLoad } from './advert-load';
import type { ServiceWorkerControl } from './service-worker';

export type ColdAndWarm = { cold: AdvertLoad[]; warm: AdvertLoad[]; restarted: number };

/**
 * `pairs` times: the background's worker stopped (and checked stopped), a load (which must start it),
 * then a load right after (the worker running; `restarted` counts those in which it started again).
 */
export async function coldAndWarm(
  load: () => Promise<AdvertLoad>,
  worker: ServiceWorkerControl,
  pairs: number,
): Promise<ColdAndWarm> {
  const cold: AdvertLoad[] = [];
  const warm: AdvertLoad[] = [];
  let restarted = 0;
  for (let i = 0; i < pairs; i++) {
    await worker.stop();
    let mark = worker.mark();
    cold.push(await load());
    if (!worker.since(mark).includes('starting')) throw new Error('a load with the background asleep did not start it');
    await worker.running();
    mark = worker.mark();
    warm.push(await load());
    if (worker.since(mark).length > 0) restarted++;
  }
  return { cold, warm, restarted };
}
