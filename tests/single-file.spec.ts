// The offline single file: built once before the run (npm run build:single), opened from file:// with every request off file:, data:
// and blob: refused, and used as a person would. It has its own network guard because the shared
// fixtures (support/fixtures.ts) allow loopback, which a file:// page must not need either.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { theme } from '../src/map/theme';
import { rolePixelCount, SETTLE } from './support/driver';

const ROOT = join(import.meta.dirname, '..');
const HTML = join(ROOT, 'dist-single', 'balkan-routes-explorer.html');
const LOCAL = /^(file|data|blob):/;

const test = base.extend<{ offRequests: string[]; pageErrors: Error[] }>({
  offRequests: async ({}, use) => use([]),
  pageErrors: async ({}, use) => use([]),
  context: async ({ context, offRequests, pageErrors }, use) => {
    // route() sees what would reach the network, workers' requests included; the request event is a
    // second net for anything route() does not intercept.
    await context.route((url) => !LOCAL.test(url.href), (route) => {
      offRequests.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await context.routeWebSocket(() => true, (ws) => {
      offRequests.push(ws.url());
      return ws.close();
    });
    context.on('request', (request) => {
      if (!LOCAL.test(request.url()) && !offRequests.includes(request.url())) offRequests.push(request.url());
    });
    context.on('weberror', (error) => pageErrors.push(error.error()));
    await use(context);
    expect(offRequests, 'requests other than file:, data: and blob:').toEqual([]);
    expect(pageErrors.map((e) => e.stack ?? e.message), 'uncaught page errors').toEqual([]);
  },
});

async function openSingleFile(page: Page, query = ''): Promise<void> {
  await page.goto(`${pathToFileURL(HTML).href}${query ? `?${query}` : ''}`);
  const map = page.getByTestId('map');
  await map.and(page.locator('[data-map-state="idle"], [data-map-state="unavailable"]')).waitFor();
  await expect(map, 'the map draws from file://, its worker inlined').toHaveAttribute('data-map-state', 'idle', SETTLE);
}

test('opens from file:// with no network and draws the countries by role', async ({ page }) => {
  await openSingleFile(page);
  const map = (await page.getByTestId('map').boundingBox())!;
  const legend = (await page.getByRole('region', { name: 'Legend and layers' }).boundingBox())!;
  // Right of the legend, whose own swatches would otherwise count. Kosovo's bands are too small at
  // this zoom for a pure-colour count, so the source countries (Moldova, Romania) stand for the fills.
  const clip = { x: legend.x + legend.width + 1, y: map.y, width: map.x + map.width - legend.x - legend.width - 1, height: map.height };
  for (const role of ['source'] as const) {
    const colour = theme.roles[role];
    expect(await rolePixelCount(page, [colour], clip), `${role} (${colour}) pixels on the map`).toBeGreaterThan(500);
  }
});

test('a link with ?select=XK opens on Kosovo', async ({ page }) => {
  await openSingleFile(page, 'select=XK');
  await expect(page.getByRole('heading', { level: 2, name: 'Kosovo' })).toBeVisible();
});

test('a place chosen with the keyboard opens its details', async ({ page }) => {
  await openSingleFile(page);
  const kosovo = page.getByRole('complementary', { name: 'Overview' }).getByRole('button', { name: 'Kosovo', exact: true });
  await kosovo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Kosovo' })).toBeVisible();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', SETTLE);
});
