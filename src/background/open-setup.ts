import { browser } from 'wxt/browser';
import { openSetupRequestSchema, type OpenSetupReply } from '../messaging/background-messages';

/** "Add your skills" in an advert's key, shown while the profile is empty: opens the page where it is built. */
export async function openSetup(message: unknown): Promise<OpenSetupReply | undefined> {
  if (!openSetupRequestSchema.safeParse(message).success) return undefined;
  await browser.runtime.openOptionsPage();
  return { opened: true };
}
