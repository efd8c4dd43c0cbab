import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // One browser with the extension per worker; two cores in CI.
  workers: 1,
  // One retry in CI, listed as "flaky" in the output: on two loaded cores a test that races two pages' timers
  // (workspace.spec, two pages editing one note) can lose its order. A second failure still fails the run.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: process.env.NHSPS_TEST_RESULTS ?? 'test-results',
  use: { trace: 'retain-on-failure' },
});
