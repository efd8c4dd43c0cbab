import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compiledTaxonomy } from './scripts/build/compiled-taxonomy';
import { evaluatedLater } from './scripts/build/evaluated-later';
import { pageInOneChunk } from './scripts/build/page-in-one-chunk';
import { pdfjsWithoutEval } from './scripts/build/pdfjs-without-eval';
import { polyfillWithoutCopy } from './scripts/build/polyfill-without-copy';
import { ADVERT_MATCHES, LOOPBACK_ELSEWHERE, LOOPBACK_MATCHES } from './src/core/extract/sites/advert-matches';

/** The unlisted scripts WXT builds from entrypoints/waker.ts and entrypoints/reader.ts, and the painter it builds
 * from entrypoints/advert.content. */
const WAKER_SCRIPT = 'waker.js';
const READER_SCRIPT = 'reader.js';
const PAINTER_SCRIPT = 'content-scripts/advert.js';

// WXT sets NODE_ENV to the mode when it is unset ('e2e' here), and Vite builds for development whenever NODE_ENV
// is not 'production' (Preact's debug checks and devtools hook, JSX carrying file names: a third more code in the
// popup). The e2e build is the release code plus loopback pages, so that the tests and the bench run what ships.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

// The e2e build (wxt build --mode e2e) also runs the content script on loopback pages so the
// end-to-end tests can serve fixture adverts; the release build never matches loopback hosts.
// Permissions (README, "Permissions"): storage for the profile; activeTab + scripting read a page
// the extension does not run on, only when the user asks. No host permissions: attached documents
// are downloaded by the advert tab itself, from its own site.
export default defineConfig({
  // NHSPS_OUT_DIR lets parallel checkouts or workers build without overwriting each other.
  outDir: process.env.NHSPS_OUT_DIR ?? '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({
    build: {
      rollupOptions: {
        output: {
          advancedChunks: { groups: [pageInOneChunk('popup-app', /entrypoints\/popup\/(index\.html|main\.tsx)$/)] },
        },
      },
    },
    plugins: [
      preact(),
      pdfjsWithoutEval(),
      compiledTaxonomy(),
      evaluatedLater([READER_SCRIPT, PAINTER_SCRIPT]),
      // Firefox's namespace is handed on as it is: it goes through the page's security wrappers.
      ...(env.browser === 'firefox' ? [] : [polyfillWithoutCopy()]),
    ],
  }),
  // Store zips: `npm run zip` (Chrome) and `npm run zip:firefox` (Firefox, plus the sources zip
  // Mozilla's reviewers rebuild from with `npm ci && npm run build:firefox`). WXT already leaves
  // out node_modules, hidden folders and test files; these are the rest that is not the product.
  zip: {
    excludeSources: [
      'tests/**',
      'test-results*/**',
      'playwright-report/**',
      '**/*.log',
      'vitest.config.ts',
      'vitest.firefox.config.ts',
      'playwright.config.ts',
      '.ci/**',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'NHS Person Spec Helper',
    description:
      'Finds the person specification on NHS job adverts, highlights what each criterion asks for and shows your gaps. Nothing leaves your device.',
    // contextMenus: "Analyse this page" on any page; sidePanel (Chrome): the report beside the page.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Firefox only: Chrome reports the key as unrecognised.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'nhs-person-spec-helper@example.org',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // As an advert page starts loading: the waker (entrypoints/waker.ts) wakes the background; the reader
      // (entrypoints/reader.ts) reads the page once it is parsed, whether the background is awake or not; the
      // painter (entrypoints/advert.content) waits for its lines and the answer. The reader and the painter are
      // each evaluated in a task of their own (scripts/build/evaluated-later), while the page is parsed.
      manifest.content_scripts = [
        { matches: [...ADVERT_MATCHES], run_at: 'document_start', js: [WAKER_SCRIPT, READER_SCRIPT, PAINTER_SCRIPT] },
        ...(manifest.content_scripts ?? []),
      ];
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        const matchesAdverts = script.matches?.some((m) => ADVERT_MATCHES.includes(m));
        if (!matchesAdverts) continue;
        script.matches = [...(script.matches ?? []), ...LOOPBACK_MATCHES];
        script.exclude_matches = [...(script.exclude_matches ?? []), ...LOOPBACK_ELSEWHERE];
      }
      // Tests open the popup as a tab, where no click on the toolbar button grants activeTab. For Firefox's
      // MV2 manifest WXT moves host_permissions into permissions after this hook.
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOOPBACK_MATCHES];
    },
  },
});
