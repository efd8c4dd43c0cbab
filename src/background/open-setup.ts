import { browser } from 'wxt/browser';
import { openSetupRequestSchema, type OpenSetupReply } from '../messaging/background-messages';

/** The set-up's address inside the extension. */
export const setupUrl = (): string => browser.runtime.getURL('/setup.html');

/** Opens the set-up (registration, skills, one example) in a tab of its own. */
export async function openSetupTab(): Promise<void> {
  await browser.tabs.create({ url: setupUrl() });
}

/** `{ type: 'open-setup' }`, sent by the key on an advert page while the profile is empty. */
export async function openSetup(message: unknown): Promise<OpenSetupReply | undefined> {
  if (!openSetupRequestSchema.safeParse(message).success) return undefined;
  await openSetupTab();
  return { opened: true };
}
