import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { polyfillWithoutCopy } from '../../../../scripts/build/polyfill-without-copy';

const require = createRequire(import.meta.url);
const POLYFILL = require.resolve('webextension-polyfill/dist/browser-polyfill.js');
type Transform = (code: string, id: string) => { code: string } | null;
const transform = polyfillWithoutCopy().transform as unknown as Transform;

/** Runs the polyfill's source as CommonJS with `browser` as the native namespace; its exports. */
function exportsOf(code: string, browser: object): unknown {
  const module = { exports: {} as unknown };
  const previous = Object.getOwnPropertyDescriptor(globalThis, 'browser');
  Object.defineProperty(globalThis, 'browser', { value: browser, configurable: true });
  Object.defineProperty(globalThis, 'chrome', { value: browser, configurable: true });
  try {
    new Function('module', 'exports', 'define', code)(module, module.exports, undefined);
  } finally {
    delete (globalThis as { browser?: unknown }).browser;
    delete (globalThis as { chrome?: unknown }).chrome;
    if (previous) Object.defineProperty(globalThis, 'browser', previous);
  }
  return module.exports;
}

describe('polyfillWithoutCopy', () => {
  const source = readFileSync(POLYFILL, 'utf8');
  const native = { runtime: { id: 'abc', sendMessage: () => 'sent' } };

  it('hands on an object with no own property whose prototype is the native namespace', () => {
    const handed = exportsOf(transform(source, POLYFILL)!.code, native) as typeof native;
    expect(Object.getOwnPropertyNames(handed)).toEqual([]);
    expect(Object.getPrototypeOf(handed)).toBe(native);
    expect(handed.runtime.sendMessage()).toBe('sent');
  });

  it('leaves every other module alone', () => {
    expect(transform('module.exports = globalThis.browser;', '/x/node_modules/other/index.js')).toBeNull();
  });

  it('fails the build when the polyfill changes how it hands the namespace on', () => {
    expect(() => transform('module.exports = self.browser;', POLYFILL)).toThrow(/no longer hands on/);
  });
});
