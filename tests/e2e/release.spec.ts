import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { advertPageScripts } from '../bench/extension/built-files';

// What the stores receive: the release builds (`npm run build`, and `npm run lint:firefox`, which
// builds Firefox before linting it), checked as files.
const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = resolve(ROOT, process.env.NHSPS_OUT_DIR ?? '.output');
const BUILDS = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' } as const;

type Manifest = {
  version: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  content_security_policy?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
};

function buildDir(browser: keyof typeof BUILDS): string {
  const dir = join(OUTPUT, BUILDS[browser]);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No ${browser} release build at ${dir}: run "npm run build" and "npm run build:firefox" first`);
  }
  return dir;
}
const manifestOf = (browser: keyof typeof BUILDS): Manifest =>
  JSON.parse(readFileSync(join(buildDir(browser), 'manifest.json'), 'utf8'));
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/** `name` entries of the README's permissions table (first column, in backticks). */
function readmePermissions(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

for (const browser of Object.keys(BUILDS) as Array<keyof typeof BUILDS>) {
  test.describe(`the ${browser} release build`, () => {
    test('takes its version from package.json and ships every icon it names', () => {
      const manifest = manifestOf(browser);
      expect(manifest.version).toBe(VERSION);
      expect(
        Object.keys(manifest.icons ?? {})
          .map(Number)
          .sort((a, b) => a - b),
      ).toEqual(expect.arrayContaining([16, 32, 48, 128]));
      for (const path of Object.values(manifest.icons ?? {})) {
        const png = readFileSync(join(buildDir(browser), path));
        expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
      }
    });

    test('asks only for what the README explains, never every site or a loopback host', () => {
      const manifest = manifestOf(browser);
      const explained = readmePermissions();
      const asked = [
        ...(manifest.permissions ?? []),
        ...(manifest.optional_permissions ?? []),
        ...(manifest.host_permissions ?? []),
      ];
      expect(asked).toContain('storage');
      for (const permission of asked)
        expect(explained, `"${permission}" needs a row in the README's permissions table`).toContain(permission);
      const hosts = [...asked, ...(manifest.content_scripts ?? []).flatMap((s) => s.matches)];
      for (const host of hosts) expect(host).not.toMatch(/<all_urls>|^\*:\/\/\*\/|localhost|127\.0\.0\.1|\[::1\]/);
      for (const match of (manifest.content_scripts ?? []).flatMap((s) => s.matches)) {
        expect(
          explained.some((row) => row === match),
          `content script match ${match} is explained in the README`,
        ).toBe(true);
      }
      // No policy that loosens the default (which forbids eval and remote scripts).
      expect(manifest.content_security_policy).toBeUndefined();
    });

    test('contains no eval, no code built from strings and no remote code', () => {
      const dir = buildDir(browser);
      const scripts = filesIn(dir).filter((file) => /\.(m?js)$/.test(file));
      expect(scripts.length).toBeGreaterThan(0);
      for (const file of scripts) {
        const code = readFileSync(file, 'utf8');
        const name = relative(dir, file);
        expect(code, `${name}: eval(`).not.toMatch(/\beval\s*\(/);
        // `Function` itself (new Function, or an alias of it) builds code from strings; Function.prototype is fine.
        expect(code, `${name}: Function constructor`).not.toMatch(/\bFunction\b(?!\s*\.)/);
        expect(code, `${name}: timer with a string`).not.toMatch(/\bset(?:Timeout|Interval)\(\s*["'`]/);
        expect(code, `${name}: remote import`).not.toMatch(/\bimport\s*\(\s*["'`]https?:|importScripts\s*\(/);
      }
      for (const file of filesIn(dir).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(file, 'utf8');
        for (const [, src] of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)) {
          expect(src, `${relative(dir, file)} loads only files of the extension`).toMatch(/^\/(?!\/)/);
        }
      }
    });
  });
}

// Ways to turn text into markup, or into code.
const SET_HTML = String.raw`dangerouslySetInnerHTML|\.(?:inner|outer)HTML\s*=|insertAdjacentHTML`;
const WRITE_HTML = String.raw`document\.write|srcdoc`;
const RUN_AS_CODE = String.raw`\beval\s*\(|new Function\b`;

test('no source turns text into markup, so page text is only ever shown as text', () => {
  // The one exception: JSON-LD descriptions are HTML, parsed into an inert <template> (nothing in it
  // loads or runs) to be read as text.
  const allowed = new Set(['src/core/dom/parse-fragment.ts']);
  const sources = ['src', 'entrypoints']
    .flatMap((dir) => filesIn(join(ROOT, dir)))
    .filter((f) => /\.(tsx?|html)$/.test(f));
  expect(sources.length).toBeGreaterThan(50);
  for (const file of sources) {
    const name = relative(ROOT, file);
    if (allowed.has(name)) continue;
    expect(readFileSync(file, 'utf8'), name).not.toMatch(new RegExp(`${SET_HTML}|${WRITE_HTML}|${RUN_AS_CODE}`));
  }
});

test('the Firefox build declares its add-on id and that it collects no data', () => {
  const gecko = manifestOf('firefox').browser_specific_settings?.gecko;
  expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  expect(manifestOf('chrome').browser_specific_settings).toBeUndefined();
});

/**
 * Issue 10's budget: every script that runs on an advert page (the waker and the reader declared on the advert
 * sites, the painter), gzipped as the bench measures them, within 30 KB. The taxonomy is not among them.
 */
test('the scripts on an advert page stay within 30 KB gzipped', () => {
  const dir = buildDir('chrome');
  const scripts = advertPageScripts(dir);
  expect(scripts).toContain('reader.js');
  const total = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
  expect(total).toBeLessThanOrEqual(30 * 1024);
});
