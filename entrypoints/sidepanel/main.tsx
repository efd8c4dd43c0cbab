import { firstRequests } from '../../src/pages/popup/first-requests-now';
import { showPopupPage } from '../../src/pages/popup/popup-page';
import '../../src/pages/styles.css';

// The report beside the page, following the tab in front, open while the application form is written.
showPopupPage(document.getElementById('app')!, 'panel', firstRequests!);
