import { defineConfig } from '@playwright/test';
import { BASE_URL } from './e2e/support/stack';

// Browser tests run against a running SPA + API (`make test-e2e` starts one). Chromium comes
// from Debian; Playwright must never download its own browser here.
//
// Specs wait for what the page shows, never for a fixed time. The timeouts below only bound how
// long a wait may take on a loaded 2-core machine before it is reported as a failure.
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: BASE_URL,
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
