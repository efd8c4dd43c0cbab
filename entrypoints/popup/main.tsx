import { sendFirstRequests } from '../../src/pages/popup/first-requests';
import '../../src/pages/styles.css';

// ?history=<key>: the report of an advert from the copy kept in the history (it may have gone from the site).
const kept = new URLSearchParams(location.search).get('history');
// Asked before the report's code is loaded, which it then is while the answers come.
const from = kept ?? sendFirstRequests();
void import('../../src/pages/popup/popup-page').then(({ showPopupPage }) =>
  showPopupPage(document.getElementById('app')!, 'popup', from),
);
