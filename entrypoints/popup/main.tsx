import { render } from 'preact';
import { loadEnglishMessages } from '../../src/core/model/english-messages';
import { startPopup } from '../../src/pages/popup/start-popup';
import '../../src/pages/styles.css';

loadEnglishMessages();
const root = document.getElementById('app')!;
// ?history=<key>: the report of an advert from the copy kept in the history (it may have gone from the site).
const kept = new URLSearchParams(location.search).get('history');
if (kept) {
  void import('../../src/pages/history/KeptAdvertApp').then(({ KeptAdvertApp }) =>
    render(<KeptAdvertApp historyKey={kept} />, root),
  );
} else {
  startPopup(root);
}
