import type { Plugin } from 'vite';

/**
 * Chromium now has a native `browser` namespace, which webextension-polyfill hands on as it is. The bundler
 * then imports it as a CommonJS default export the Node way, copying every property of the exports into a
 * namespace object: reading each API's property descriptor makes the browser build every binding
 * (`browser.app`, `browser.i18n` …), about 4 ms of each script's evaluation on the advert page. Handing on an
 * object whose prototype is the namespace gives the same API with no own property to copy.
 */
const HAND_ON = 'module.exports = globalThis.browser;';
const POLYFILL = /webextension-polyfill\/dist\/browser-polyfill(?:\.min)?\.js$/;

export function polyfillWithoutCopy(): Plugin {
  return {
    name: 'nhsps:polyfill-without-copy',
    transform(code, id) {
      if (!POLYFILL.test(id)) return null;
      if (!code.includes(HAND_ON))
        throw new Error(`${id}: the polyfill no longer hands on the native namespace as expected`);
      return { code: code.replace(HAND_ON, 'module.exports = Object.create(globalThis.browser);'), map: null };
    },
  };
}
