/** Lets the page run (paint, answer input) before the next piece of our work. */
export type Pause = () => Promise<void>;

/** About how long one slice of work may take: well under the 50 ms that makes a task "long". */
export const SLICE_MS = 12;

let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * The next task, through a message to ourselves: unlike a timer it is not slowed to 4 ms when
 * chained, and unlike scheduler.yield() Chromium does not run it inside the same long task.
 */
export const nextTask: Pause = () =>
  new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
      // In Node (tests, the command line) an open port would keep the process alive.
      (channel.port1 as { unref?: () => void }).unref?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/** Work cut into slices of about `sliceMs`: the page gets a turn between them. */
export type Slicer = {
  /** Whether the current slice has time left (for loops that stop and resume by themselves). */
  more(): boolean;
  /** Ends the slice if its time is up. */
  next(): Promise<void>;
  /** Ends the slice now (after a step that cannot be cut, such as reading the page). */
  pause(): Promise<void>;
};

export function slicer(pause: Pause = nextTask, sliceMs = SLICE_MS): Slicer {
  let started = performance.now();
  const slices: Slicer = {
    more: () => performance.now() - started < sliceMs,
    next: () => (slices.more() ? Promise.resolve() : slices.pause()),
    async pause() {
      await pause();
      started = performance.now();
    },
  };
  return slices;
}
