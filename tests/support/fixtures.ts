// Every browser test imports `test` from here so that it is offline-checked:
// the explorer must work with no network beyond its own origin, and must not
// throw uncaught errors.
import { test as base, expect } from '@playwright/test';
import type { ConsoleMessage } from '@playwright/test';
import type { SiteName } from './serve';

export interface ExplorerOptions {
  /** Set true (test.use) for tests that expect uncaught page errors. */
  allowPageErrors: boolean;
  /** Which build or header set to test (test.use): tests/support/serve.ts's SITES. */
  site: SiteName;
  /** Origin of each site; set in playwright.config.ts. */
  sites: Record<SiteName, string>;
}

export interface ExplorerFixtures {
  /** URLs the page tried to reach off loopback; each was aborted. Must end empty. */
  offLoopbackRequests: string[];
  /** Uncaught errors from any page in the context. Must end empty unless allowPageErrors. */
  pageErrors: Error[];
  /** console.error messages; collected for tests to inspect, not asserted. */
  consoleErrors: ConsoleMessage[];
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isOffLoopback(url: URL): boolean {
  if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
  return !LOOPBACK_HOSTS.has(url.hostname);
}

export const test = base.extend<ExplorerOptions & ExplorerFixtures>({
  allowPageErrors: [false, { option: true }],
  site: ['plain', { option: true }],
  sites: [{} as Record<SiteName, string>, { option: true }],

  baseURL: async ({ baseURL, site, sites }, use) => {
    await use(sites[site] ?? baseURL);
  },

  offLoopbackRequests: async ({}, use) => {
    await use([]);
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  consoleErrors: async ({}, use) => {
    await use([]);
  },

  // Installed on the context rather than the page so popups and workers are covered too.
  context: async ({ context, offLoopbackRequests, pageErrors, consoleErrors, allowPageErrors }, use) => {
    await context.route(
      (url) => isOffLoopback(url),
      (route) => {
        offLoopbackRequests.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    // route() does not see WebSockets; answering them here means none reach the network.
    await context.routeWebSocket(
      (url) => isOffLoopback(url),
      (ws) => {
        offLoopbackRequests.push(ws.url());
        return ws.close();
      },
    );
    context.on('weberror', (webError) => pageErrors.push(webError.error()));
    context.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message);
    });

    await use(context);

    expect(offLoopbackRequests, 'requests off loopback (the app must work offline)').toEqual([]);
    if (!allowPageErrors) {
      expect(
        pageErrors.map((e) => e.stack ?? e.message),
        'uncaught page errors',
      ).toEqual([]);
    }
  },
});

export { expect };
