import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const POLYFILLED = '@wxt-dev/webextension-polyfill/browser';
const CONTENT_BROWSER = fileURLToPath(new URL('../../src/content/content-browser.ts', import.meta.url));

/**
 * In the content script's build only, `wxt/browser` (which the polyfill module points at the polyfill)
 * becomes src/content/content-browser.ts: the advert page's script carries no webextension-polyfill.
 * The background and the extension's pages keep it.
 */
export function contentScriptBrowser(entry = 'advert.content'): Plugin {
  let contentScript = false;
  return {
    name: 'nhsps:content-script-browser',
    enforce: 'pre',
    configResolved(config) {
      const input = config.build.lib ? config.build.lib.entry : config.build.rollupOptions.input;
      contentScript = JSON.stringify(input ?? null).includes(entry);
    },
    resolveId(source) {
      return contentScript && (source === POLYFILLED || source === 'wxt/browser') ? CONTENT_BROWSER : null;
    },
  };
}
