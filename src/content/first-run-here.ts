const world = globalThis as { __nhspsStarted?: boolean; __nhspsPainting?: boolean };

/**
 * Whether this is the first start of the reader in this page: "Analyse this page" may inject it where it
 * already runs. The flags live in the extension's own world of the page, which the page never sees.
 */
export function firstRunHere(): boolean {
  if (world.__nhspsStarted) return false;
  world.__nhspsStarted = true;
  return true;
}

/** Whether this is the first start of the painter (the advert content script) in this page. */
export function firstPaintHere(): boolean {
  if (world.__nhspsPainting) return false;
  world.__nhspsPainting = true;
  return true;
}

/** The painter that started has gone (the extension was reloaded): a new reader and painter may start here. */
export function runEnded(): void {
  delete world.__nhspsStarted;
  delete world.__nhspsPainting;
}
