import { defineConfig } from '@playwright/test';
import type { ExplorerOptions } from './tests/support/fixtures';

// Fixed loopback ports: the plain server is baseURL; tests opt into the CSP one
// with test.use({ csp: true }) (see tests/support/fixtures.ts).
// PW_PORT moves both (two checkouts testing side by side must not share a server).
const PORT = Number(process.env['PW_PORT'] ?? 4319);
const PLAIN = `http://127.0.0.1:${PORT}`;
const CSP = `http://127.0.0.1:${PORT + 1}`;
const CI = !!process.env.CI;

// Serves the built dist/; `npm run test:browser` builds first.
function server(origin: string, flags: string) {
  const port = new URL(origin).port;
  return {
    command: `node tests/support/serve.mjs --port ${port}${flags}`,
    url: `${origin}/__health`,
    reuseExistingServer: !CI,
    timeout: 15_000,
  };
}

export default defineConfig<ExplorerOptions>({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: CI,
  reporter: 'list',
  // SwiftShader draws the map on the CPU: on 2 busy cores a first idle can take 10-20 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: PLAIN,
    cspBaseURL: CSP,
    browserName: 'chromium',
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    launchOptions: {
      // Debian's Chromium (tests/support/ensure-chromium.mjs), never a downloaded one.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // WebGL 2 (MapLibre needs it) from SwiftShader, forced even where a GPU
        // exists so pixel counts match across machines.
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: [server(PLAIN, ''), server(CSP, ' --csp')],
});
