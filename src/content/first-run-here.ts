const world = globalThis as { __nhspsStarted?: boolean };

/**
 * Whether this is the first start of the content script in this page: "Analyse this page" may inject it
 * where it already runs. The flag lives in the content script's own world, which the page never sees.
 */
export function firstRunHere(): boolean {
  if (world.__nhspsStarted) return false;
  world.__nhspsStarted = true;
  return true;
}

/** The script that started has gone (the extension was reloaded): a new one may start here. */
export function runEnded(): void {
  delete world.__nhspsStarted;
}
