import { defineConfig, devices } from '@playwright/test';

// The suite runs against the built console (`npm run test:e2e` runs `vite build` first) served by
// the sandbox server, which also answers the API. Each webServer entry is one sandbox on its own port.
// E2E_PORT lets two suites run side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 5190);
// The large-queue sandbox listens on the next port; the queue bulk spec reads it from QUEUE_BULK_URL.
const BULK_PORT = PORT + 1;
process.env.QUEUE_BULK_URL ??= `http://127.0.0.1:${BULK_PORT}`;
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // Signing in with Stalwart takes several round trips and a password hash per test.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    headless: true,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Signs in once per demo account and keeps it in e2e/.auth/ (see e2e/support/stored-sign-in.ts).
    { name: 'sign-in', testMatch: /auth\.setup\.ts$/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'chromium', dependencies: ['sign-in'], use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: [
    {
      command: `node --import tsx server/main.ts --port ${PORT} --host 127.0.0.1 --memory --seed 1`,
      url: `http://127.0.0.1:${PORT}/sign-in`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    // The queue suite's large-queue sandbox (bulk actions over more than one /set chunk).
    {
      command: `node --import tsx server/main.ts --port ${BULK_PORT} --host 127.0.0.1 --memory --seed 2 --queue 3000 --max-objects-in-set 500`,
      url: `http://127.0.0.1:${BULK_PORT}/sign-in`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
