import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // One browser with the extension per worker; two cores in CI.
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: process.env.NHSPS_TEST_RESULTS ?? 'test-results',
  use: { trace: 'retain-on-failure' },
});
