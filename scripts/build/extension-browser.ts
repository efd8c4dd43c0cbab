import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const EXTENSION_BROWSER = fileURLToPath(new URL('../../src/messaging/extension-browser.ts', import.meta.url));
/** `wxt/browser`, and where the polyfill module points it. */
const BROWSER_MODULES = new Set(['wxt/browser', '@wxt-dev/webextension-polyfill/browser']);

/**
 * `wxt/browser` becomes src/messaging/extension-browser.ts in every part of the extension: no
 * webextension-polyfill is shipped or run. The polyfill module stays in wxt.config.ts for its types,
 * which the code is written against (promises, `browser.*`).
 */
export function extensionBrowser(): Plugin {
  return {
    name: 'nhsps:extension-browser',
    enforce: 'pre',
    resolveId: (source) => (BROWSER_MODULES.has(source) ? EXTENSION_BROWSER : null),
  };
}
