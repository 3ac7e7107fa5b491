/**
 * Browser tests (tests/e2e/*.e2e.ts): Playwright Test drives Debian's Chromium (never a
 * downloaded one) against the production build served by `npm start` on a fresh
 * database. A test names the screens it runs on with tags (`@ipad-landscape`,
 * `@ipad-portrait`, `@desktop`, `@phone`); each project is one of those screens.
 */
import { defineConfig } from '@playwright/test';

import { CHROMIUM_PATH, type DeviceName, devices } from './tests/browser/devices.ts';
import { baseURL, chromiumArgs, port } from './tests/e2e/server.ts';

const ci = Boolean(process.env.CI);

const project = (name: string, device: DeviceName) => ({
  name,
  grep: new RegExp(`@${name}\\b`),
  use: { ...devices[device] },
});

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  timeout: 60_000,
  // Two cores run the server, Chromium and the runner: one browser at a time keeps
  // the gesture timings honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: ci,
  retries: ci ? 2 : 0,
  reporter: 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'fr-FR',
    reducedMotion: 'no-preference',
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: chromiumArgs,
    },
  },
  projects: [
    project('ipad-landscape', 'ipadLandscape'),
    project('ipad-portrait', 'ipadPortrait'),
    project('desktop', 'desktop'),
    project('phone', 'phone'),
  ],
  webServer: {
    command: 'node tests/server/serve.mjs',
    env: { PORT: String(port) },
    url: `${baseURL}/api/themes`,
    // Another server on this port would answer in place of ours (and be tested instead).
    reuseExistingServer: false,
    // A run after a source change builds the app first: minutes on a busy two-core machine.
    timeout: 600_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
