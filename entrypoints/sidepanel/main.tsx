import { loadEnglishMessages } from '../../src/core/model/english-messages';
import { startPopup } from '../../src/pages/popup/start-popup';
import '../../src/pages/styles.css';

loadEnglishMessages();
// The report beside the page, following the tab in front, open while the application form is written.
startPopup(document.getElementById('app')!, 'panel');
