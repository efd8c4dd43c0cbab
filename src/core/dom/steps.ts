/**
 * Work done a step at a time: a generator that yields between steps and returns its result, so that
 * a browser tab can spread a long read over several tasks (content/run-in-slices) while every other
 * caller runs it through at once (`finish`). The steps are the same either way.
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Runs every step now and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A result that needs no steps, where steps are expected. */
// eslint-disable-next-line require-yield
export function* already<T>(value: T): Steps<T> {
  return value;
}
