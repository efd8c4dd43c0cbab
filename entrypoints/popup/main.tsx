import { render } from 'preact';
import { PopupApp } from '../../src/pages/popup/PopupApp';
import '../../src/pages/styles.css';

render(<PopupApp />, document.getElementById('app')!);
