import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * A full garbage collection, run before each benchmark: what one leaves on the heap must not slow the
 * next (the matcher bench's hundreds of megabytes halved the corpus pipeline's rate when left there).
 */
export function collectGarbage(): void {
  gc();
}
