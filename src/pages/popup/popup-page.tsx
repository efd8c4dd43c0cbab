import { render } from 'preact';
import { loadEnglishMessages } from '../../core/model/english-messages';
import { KeptAdvertApp } from '../history/KeptAdvertApp';
import type { FirstRequests } from './first-requests';
import { startPopup } from './start-popup';

/**
 * The popup page's code, loaded after its first requests are sent: the report on the tab's advert, or with
 * `historyKey` the report of an advert from the copy kept in the history.
 */
export function showPopupPage(root: HTMLElement, place: 'popup' | 'panel', from: FirstRequests | string): void {
  loadEnglishMessages();
  if (typeof from === 'string') render(<KeptAdvertApp historyKey={from} />, root);
  else startPopup(root, place, from);
}
