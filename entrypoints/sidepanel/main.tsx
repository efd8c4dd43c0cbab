import { sendFirstRequests } from '../../src/pages/popup/first-requests';
import '../../src/pages/styles.css';

// The report beside the page, following the tab in front, open while the application form is written.
const from = sendFirstRequests();
void import('../../src/pages/popup/popup-page').then(({ showPopupPage }) =>
  showPopupPage(document.getElementById('app')!, 'panel', from),
);
