// The offline single file (npm run build:single, built once before the browser run) opened from
// file:// with every request off file:, data: and blob: refused. Its own network guard, because the
// shared fixtures (./fixtures.ts) allow loopback, which a file:// page must not need either.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect } from '@playwright/test';

const LOCAL = /^(file|data|blob):/;

/** `singleFileUrl('select=XK')`: the single file's file:// address with a query. */
export const singleFileUrl = (query = '') =>
  `${pathToFileURL(join(import.meta.dirname, '..', '..', 'dist-single', 'balkan-routes-explorer.html')).href}${query ? `?${query}` : ''}`;

export const test = base.extend<{ offRequests: string[]; pageErrors: Error[] }>({
  offRequests: async ({}, use) => use([]),
  pageErrors: async ({}, use) => use([]),
  context: async ({ context, offRequests, pageErrors }, use) => {
    // route() sees what would reach the network, workers' requests included; the request event is a
    // second net for anything route() does not intercept.
    await context.route(
      (url) => !LOCAL.test(url.href),
      (route) => {
        offRequests.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    await context.routeWebSocket(
      () => true,
      (ws) => {
        offRequests.push(ws.url());
        return ws.close();
      },
    );
    context.on('request', (request) => {
      if (!LOCAL.test(request.url()) && !offRequests.includes(request.url())) offRequests.push(request.url());
    });
    context.on('weberror', (error) => pageErrors.push(error.error()));
    await use(context);
    expect(offRequests, 'requests other than file:, data: and blob:').toEqual([]);
    expect(
      pageErrors.map((e) => e.stack ?? e.message),
      'uncaught page errors',
    ).toEqual([]);
  },
});

export { expect };
