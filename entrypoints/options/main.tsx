import { render } from 'preact';
import { loadEnglishMessages } from '../../src/core/model/english-messages';
import { OptionsApp } from '../../src/pages/options/OptionsApp';
import '../../src/pages/styles.css';

loadEnglishMessages();
render(<OptionsApp />, document.getElementById('app')!);
