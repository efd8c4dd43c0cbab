import { render } from 'preact';
import { OptionsApp } from '../../src/pages/options/OptionsApp';
import '../../src/pages/styles.css';

render(<OptionsApp />, document.getElementById('app')!);
