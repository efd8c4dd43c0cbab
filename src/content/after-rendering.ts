const LONGEST_WAIT_MS = 200;

/**
 * Runs `then` in a task of its own once the page is idle, after the browser has rendered what changed:
 * work that asks for layout then finds it done, and none of it runs inside the browser's own frame
 * (where the page's layout would count as the extension's). A browser without idle callbacks: a timer.
 */
export function afterRendering(view: Window | null, then: () => void): void {
  if (view && 'requestIdleCallback' in view) view.requestIdleCallback(then, { timeout: LONGEST_WAIT_MS });
  else setTimeout(then, 0);
}

/** Resolves in a task of its own once the page is idle after rendering (`afterRendering`). */
export const idle = (view: Window | null): Promise<void> => new Promise((resolve) => afterRendering(view, resolve));

/** A tab in the background renders no frames: past this, `afterNextFrame` stops waiting for one. */
const FRAME_WAIT_MS = 100;

/**
 * Runs `then` in a task of its own right after the browser's next rendering of `target` (its layout done, so
 * measuring finds it ready); in a tab that renders no frames (hidden, behind another), after FRAME_WAIT_MS.
 * An intersection observer says so in a task of its own after the frame: an animation frame callback would
 * run inside the browser's rendering task, which a trace then counts whole (the page's own layout with it).
 */
export function afterNextFrame(view: Window | null, target: Element, then: () => void): void {
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    observer?.disconnect();
    then();
  };
  const Observer = (view as (Window & typeof globalThis) | null)?.IntersectionObserver;
  const observer = Observer ? new Observer(run) : null;
  if (observer) observer.observe(target);
  else view?.requestAnimationFrame?.(() => setTimeout(run, 0));
  setTimeout(run, FRAME_WAIT_MS);
}

/**
 * Resolves in a task of its own: the page gets its turn between two parts of the script's work. The
 * timer calls a function of this script (not `resolve` itself), so a trace names the script as the
 * task's owner and the work that follows is counted as the extension's.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(() => resolve(), 0));

type PostTask = (callback: () => void, options: { priority: 'user-blocking' }) => Promise<unknown>;

/**
 * Resolves in a task of its own that the browser runs before it renders, where it can order tasks
 * (`scheduler.postTask` at user-blocking priority, Chromium); elsewhere a timer, as `nextTask`. The page
 * is read in it as soon as it is parsed, so the background matches while the page lays itself out.
 */
export const urgentTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (!scheduler?.postTask) return nextTask();
  return new Promise((resolve) => void scheduler.postTask!(() => resolve(), { priority: 'user-blocking' }));
};
