/**
 * The benchmark's clock, in the end-to-end build only: when the page was read, when the background's first
 * answer came and when the marks were first painted, in the content script's own world (which page scripts
 * never see), for `npm run bench` to read through the DevTools protocol. The release build drops it.
 */
export function noteTiming(name: 'read' | 'answered' | 'painted'): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const timings = ((globalThis as { __nhspsTimings?: Record<string, number> }).__nhspsTimings ??= {});
  timings[name] ??= performance.now();
}
