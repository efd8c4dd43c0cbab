import type { Steps } from '../core/dom/steps';
import { nextTask } from './after-rendering';

/** How long one slice of the extension's work may hold the page's main thread. */
export const SLICE_MS = 5;

/**
 * Runs `steps` a slice of at most about SLICE_MS at a time, with the page's own tasks in between
 * (`between`), and resolves with the result: a page thousands of criteria long never freezes.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  { sliceMs = SLICE_MS, between = nextTask }: { sliceMs?: number; between?: () => Promise<void> } = {},
): Promise<T> {
  for (;;) {
    const until = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await between();
  }
}
