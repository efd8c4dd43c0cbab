import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    // The build makes this module from the taxonomy (scripts/build/compiled-taxonomy.ts); tests make it the same way.
    alias: {
      'virtual:compiled-taxonomy': fileURLToPath(new URL('./tests/unit/support/compiled-taxonomy.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
  },
});
