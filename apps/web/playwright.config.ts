import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the built API and web (`npm run build -w @sebaya/api`
 * and `-w @sebaya/web` first). tests/global-setup.ts gives every run its own
 * database, Redis prefix and free ports; tests/global-teardown.ts removes them.
 * Run from the repository root: npx playwright test -c apps/web/playwright.config.ts
 */
export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  globalSetup: './tests/global-setup.ts',
  globalTeardown: './tests/global-teardown.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Whole flows (two browsers, live updates) on a busy 2-core CI machine need headroom.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]]
    : 'list',
  use: {
    // Debian's chromium: Playwright never downloads a browser here.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testIgnore: /no-js\.spec\.ts/,
    },
    {
      name: 'chromium-no-js',
      use: { ...devices['Desktop Chrome'], channel: undefined, javaScriptEnabled: false },
      testMatch: /no-js\.spec\.ts/,
    },
  ],
});
