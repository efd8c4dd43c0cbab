import { render } from 'preact';
import { loadEnglishMessages } from '../../src/core/model/english-messages';
import { PopupApp } from '../../src/pages/popup/PopupApp';
import '../../src/pages/styles.css';

loadEnglishMessages();
render(<PopupApp />, document.getElementById('app')!);
