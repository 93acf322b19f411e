import { defineConfig } from '@playwright/test';
import type { ExplorerOptions } from './tests/support/fixtures';
import { CHROMIUM } from './tests/support/chromium';
import { HEALTH_PATH, siteOrigins } from './tests/support/serve';

// Fixed loopback ports from PW_PORT up, one per build or header set (tests/support/serve.ts);
// tests opt into a site other than the plain one with test.use({ site }).
// Two checkouts testing side by side must not share a server: give each its own PW_PORT.
const PORT = Number(process.env['PW_PORT'] ?? 4319);
const sites = siteOrigins(PORT);
const CI = !!process.env['CI'];
/** Set by `npm test` (tests/support/run-tests.mjs) to count the results for its closing line. */
const JSON_REPORT = process.env['PW_JSON'];

export default defineConfig<ExplorerOptions>({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  // Every build the specs use exists before the first test: `npm run build:test` makes them once.
  globalSetup: './tests/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: CI,
  reporter: JSON_REPORT ? [['list'], ['json', { outputFile: JSON_REPORT }]] : 'list',
  // Measured on 2 shared cores: most tests take 4–10 s and the slowest ordinary one 15 s at load
  // average 10; at 20 (four suites at once) the slowest took 32–43 s. Specs that draw the map at
  // 1920 × 1080 or redraw it many times mark themselves slow (3×). Waits for the map share one
  // bound (SETTLE in tests/support/driver.ts). A test that needs more is a bench finding.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: sites.plain,
    sites,
    browserName: 'chromium',
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    // No 900 ms camera eases or smooth scrolls: in SwiftShader every animation frame costs CPU, and
    // the app honours the setting (src/map/binding.ts, the timeline player, the reader). No spec
    // is about motion; one that is would opt back in with test.use({ reducedMotion: 'no-preference' }).
    reducedMotion: 'reduce',
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: `npx tsx tests/support/serve.ts --port ${PORT}`,
    url: `${sites.plain}${HEALTH_PATH}`,
    reuseExistingServer: !CI,
    timeout: 15_000,
  },
});
