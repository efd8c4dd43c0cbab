// Code that Playwright evaluates inside extension pages uses Chromium's `chrome` (MV3: promise-based,
// the same shape as webextension-polyfill's `browser`).
declare const chrome: import('webextension-polyfill').Browser;
