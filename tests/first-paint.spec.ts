// The SVG map is the first paint: drawn from the store before MapLibre's chunk has arrived, with
// the panel, search, table and reader already working; MapLibre then covers it in the same box,
// with the same selection. The handout never loads MapLibre.
import type { Page, Route } from '@playwright/test';
import { SETTLE } from './support/driver';
import { expect, test } from './support/fixtures';

const MAPLIBRE_CHUNK = /\/assets\/maplibre-[\w-]+\.js$/;

/** Holds MapLibre's chunk at the server until `release` is called; `url` is set once it was asked for. */
async function holdMapLibre(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const state = { url: '', release: () => release() };
  await page.route(MAPLIBRE_CHUNK, async (route: Route) => {
    state.url = route.request().url();
    await held;
    await route.continue();
  });
  return state;
}

test('the SVG map paints before MapLibre’s chunk has loaded, and MapLibre takes over in place with the selection', async ({ page }) => {
  // When the SVG map's first shapes reach the page, by the page's own clock.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.livemap svg path')) return;
      (window as unknown as { svgAt: number }).svgAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const chunk = await holdMapLibre(page);
  await page.goto('/?select=XK');

  const svgMap = page.getByRole('group', { name: /^Simplified map/ });
  await expect(svgMap.getByRole('button', { name: /^Kosovo:/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'loading');
  expect(chunk.url, 'MapLibre’s chunk was asked for, and is held').toMatch(MAPLIBRE_CHUNK);
  const before = await page.getByTestId('map').boundingBox();

  // Search, the panel, the table and the reader work while MapLibre is still on its way.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('table').first()).toContainText('Kosovo');
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.getByRole('button', { name: 'Back to overview' }).click();
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /Read the source/ })
    .first()
    .click();
  await expect(page.getByRole('complementary', { name: 'Source reader' })).toBeVisible();
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Moldova');
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Moldova' })).toBeVisible();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'loading');

  chunk.release();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', SETTLE);
  const order = await page.evaluate(
    (url) => ({
      svgAt: (window as unknown as { svgAt?: number }).svgAt ?? Number.NaN,
      chunkEnd:
        performance.getEntriesByName(url)[0] instanceof PerformanceResourceTiming
          ? (performance.getEntriesByName(url)[0] as PerformanceResourceTiming).responseEnd
          : Number.NaN,
    }),
    chunk.url,
  );
  expect(order.svgAt, `SVG map drawn at ${order.svgAt} ms, MapLibre's chunk in at ${order.chunkEnd} ms`).toBeLessThan(order.chunkEnd);

  // Same box, SVG map hidden under the canvas, the selection made before MapLibre kept.
  expect(await page.getByTestId('map').boundingBox()).toEqual(before);
  await expect(svgMap).toBeHidden();
  await expect(page).toHaveURL(/[?&]select=MD\b/);
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
});

test('the handout draws its SVG maps without loading MapLibre', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (/maplibre/.test(request.url())) asked.push(request.url());
  });
  await page.goto('/?handout');
  await expect(
    page
      .getByRole('article')
      .first()
      .getByRole('img', { name: /^Map for scene 1/ }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
});
