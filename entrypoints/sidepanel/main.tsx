import { render } from 'preact';
import { loadEnglishMessages } from '../../src/core/model/english-messages';
import { PopupApp } from '../../src/pages/popup/PopupApp';
import '../../src/pages/styles.css';

loadEnglishMessages();
// The report beside the page, following the tab in front, open while the application form is written.
render(<PopupApp place="panel" />, document.getElementById('app')!);
