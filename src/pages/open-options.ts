import { browser } from 'wxt/browser';

/** The options page, scrolled to a skill's evidence notes (or a section), in a tab of its own. */
export function openOptionsAt(anchor?: string): void {
  const url = browser.runtime.getURL('/options.html');
  void browser.tabs.create({ url: anchor ? `${url}#${anchor}` : url });
}

export const evidenceAnchor = (skillId: string) => `evidence-${skillId}`;
