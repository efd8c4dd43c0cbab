import { firstRequests } from '../../src/pages/popup/first-requests-now';
import { showPopupPage } from '../../src/pages/popup/popup-page';
import '../../src/pages/styles.css';

// ?history=<key>: the report of an advert from the copy kept in the history (it may have gone from the site).
showPopupPage(
  document.getElementById('app')!,
  'popup',
  firstRequests ?? new URLSearchParams(location.search).get('history')!,
);
