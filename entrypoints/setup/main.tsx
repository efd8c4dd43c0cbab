import { render } from 'preact';
import { SetupApp } from '../../src/pages/setup/SetupApp';
import '../../src/pages/styles.css';

render(<SetupApp />, document.getElementById('app')!);
