import { browser } from 'wxt/browser';
import { openSetupTab } from './open-setup';

/** A first install opens the set-up, so the first thing the user sees says what to do first. */
export function openSetupOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openSetupTab().catch(() => undefined);
  });
}
