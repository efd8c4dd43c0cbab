/**
 * In the end-to-end build only: lets the tests run the menu item's handler (a browser's context menu
 * cannot be clicked by a test driver). It lives in the background's own global, which no page can reach.
 */
export function exposeForTests(name: string, run: (...args: never[]) => unknown): void {
  if (import.meta.env.MODE !== 'e2e') return;
  (globalThis as Record<string, unknown>)[name] = run;
}
