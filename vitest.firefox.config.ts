import { defineConfig } from 'vitest/config';

// The Firefox smoke path (npm run test:firefox): the built add-on in Debian's Firefox ESR over WebDriver BiDi.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
