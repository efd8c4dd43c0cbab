import { browser } from 'wxt/browser';

/** The set-up (registration, skills, one example) in a tab of its own. */
export function openSetupPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/setup.html') });
}
