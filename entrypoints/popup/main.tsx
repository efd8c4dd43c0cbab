import { render } from 'preact';
import { loadEnglishMessages } from '../../src/core/model/english-messages';
import { KeptAdvertApp } from '../../src/pages/history/KeptAdvertApp';
import { PopupApp } from '../../src/pages/popup/PopupApp';
import '../../src/pages/styles.css';

loadEnglishMessages();
// ?history=<key>: the report of an advert from the copy kept in the history (it may have gone from the site).
const kept = new URLSearchParams(location.search).get('history');
render(kept ? <KeptAdvertApp historyKey={kept} /> : <PopupApp />, document.getElementById('app')!);
