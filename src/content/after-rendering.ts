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

/**
 * Runs `then` in a task of its own right after the browser's next rendering (its layout done, so
 * measuring finds it ready); a browser that renders no frames (a hidden tab): at once, in a task.
 */
export function afterNextFrame(view: Window | null, then: () => void): void {
  if (view && 'requestAnimationFrame' in view && view.document.visibilityState !== 'hidden')
    view.requestAnimationFrame(() => setTimeout(then, 0));
  else setTimeout(then, 0);
}

/**
 * Resolves in a task of its own: the page gets its turn between two parts of the script's work. The
 * timer calls a function of this script (not `resolve` itself), so a trace names the script as the
 * task's owner and the work that follows is counted as the extension's.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(() => resolve(), 0));
