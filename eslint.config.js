// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders of src/ and what each must never import: dependencies run one way, into a pure core. */
const RUNTIMES = ['content', 'pages', 'background', 'storage', 'messaging', 'cli'];
const BROWSER = ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*'];
/** The core's folders; a folder of it may import only those it names below, and the other core folders never. */
// prettier-ignore
const CORE = ['model', 'text', 'dom', 'taxonomy', 'extract', 'match', 'compare', 'statement', 'present', 'history',
  'profile', 'coach', 'pipeline'];
const coreExcept = (...allowed) => CORE.filter((folder) => !allowed.includes(folder));

const forbid = (files, folders, packages = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...folders.map((folder) => ({
            group: [`**/${folder}/*`],
            message: `${files[0]} must not depend on ${folder}/: dependencies run one way.`,
          })),
          ...(packages.length
            ? [{ group: packages, message: 'The core is pure TypeScript: no browser or UI API.' }]
            : []),
        ],
      },
    ],
  },
});

/** A forbid() entry with more import patterns. */
const withPatterns = (entry, patterns) => {
  const [level, options] = entry.rules['no-restricted-imports'];
  return { ...entry, rules: { 'no-restricted-imports': [level, { patterns: [...options.patterns, ...patterns] }] } };
};

export default tseslint.config(
  {
    ignores: ['node_modules/', '.output*/', '.wxt/', 'tests/e2e/.artifacts/', 'playwright-report/', 'test-results*/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['src/core/taxonomy/skills/**'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  // tsx and the worker bundle target Node, for which esbuild writes a /\p{…}/u literal as new RegExp(…) where it
  // stands: inside a function that compiles it at every call (src/core/text/letters.ts).
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ':function Literal[regex.pattern=/\\\\[pP]\\{/][regex.flags=/[uv]/]',
          message:
            'A regular expression with \\p{…} inside a function is compiled at every call: make it a module constant.',
        },
      ],
    },
  },
  // The core: pure TypeScript over plain data, no browser API; inside it, text ← taxonomy ← match ← pipeline.
  forbid(['src/core/**'], RUNTIMES, BROWSER),
  forbid(['src/core/model/**'], [...RUNTIMES, ...coreExcept('model')], BROWSER),
  forbid(['src/core/text/**'], [...RUNTIMES, ...coreExcept('model', 'text')], BROWSER),
  forbid(['src/core/taxonomy/**'], [...RUNTIMES, ...coreExcept('model', 'text', 'dom', 'taxonomy')], BROWSER),
  forbid(
    ['src/core/dom/**', 'src/core/extract/**'],
    [...RUNTIMES, ...coreExcept('model', 'text', 'dom', 'taxonomy', 'extract')],
    BROWSER,
  ),
  forbid(['src/core/match/**'], [...RUNTIMES, ...coreExcept('model', 'text', 'dom', 'taxonomy', 'match')], BROWSER),
  forbid(
    ['src/core/compare/**', 'src/core/statement/**', 'src/core/present/**', 'src/core/history/**'],
    [...RUNTIMES, 'pipeline'],
    BROWSER,
  ),
  // The coach reads examples with the matcher it is given, never the taxonomy's data itself.
  withPatterns(forbid(['src/core/coach/**'], [...RUNTIMES, 'pipeline'], BROWSER), [
    {
      group: ['**/taxonomy/skills', '**/taxonomy/skills/*', '**/taxonomy/default-matcher'],
      message: 'The coach takes a matcher as an argument: it never imports the taxonomy data.',
    },
  ]),
  // The runtimes call the core (and messaging, storage), never each other's code.
  forbid(['src/content/**'], ['pages', 'background', 'cli']),
  forbid(['src/pages/**'], ['content', 'background', 'cli']),
  forbid(['src/background/**'], ['content', 'pages', 'cli']),
  forbid(['src/storage/**', 'src/messaging/**'], ['content', 'pages', 'background', 'cli']),
  forbid(['src/cli/**'], ['content', 'pages', 'background', 'storage', 'messaging'], BROWSER),
  prettier,
  // After Prettier's config, which turns max-len off: Prettier cannot wrap a long regular expression.
  {
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: false },
      ],
    },
  },
);
