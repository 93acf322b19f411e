// Embeds that fit their host (Datawrapper's conventions): the selection is fitted to the part of
// the frame's map nothing covers; narrow frames fold the legend and the attribution; theme=dark|auto,
// plain and static.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { mercator } from '../src/svgmap/project';
import { axeViolations } from './support/axe';
import { openApp, openExplorer, SETTLE } from './support/driver';
import { expect, test } from './support/fixtures';

const countries = JSON.parse(readFileSync(new URL('../geo/countries.geojson', import.meta.url), 'utf8')) as GeoJSON.FeatureCollection;

/** Kosovo's outline's extent in degrees, from the same geo data the map draws. */
function kosovoBox(): [number, number, number, number] {
  const kosovo = countries.features.find((f) => f.properties?.['id'] === 'XK')!;
  const points: number[][] = [];
  const collect = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') points.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(collect);
  };
  collect((kosovo.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon).coordinates);
  const lngs = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** The camera the embed reported, from its own address (it writes the view there once the fit ends). */
async function reportedCamera(page: Page) {
  await expect(page).toHaveURL(/[?&]camera=/);
  const [lng, lat, zoom] = new URL(page.url()).searchParams.get('camera')!.split(',').map(Number) as [number, number, number];
  return { center: [lng, lat] as [number, number], zoom };
}

for (const width of [320, 800]) {
  test(`the Kosovo embed at ${width} px shows all of Kosovo, clear of the legend, with no axe violations (WCAG 2.2 A and AA)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    expect(await openExplorer(page, 'embed&select=XK')).toBe('idle');
    const camera = await reportedCamera(page);
    const map = (await page.getByTestId('map').boundingBox())!;
    const worldPx = 512 * 2 ** camera.zoom;
    const [cx, cy] = mercator(camera.center);
    const [w, s, e, n] = kosovoBox();
    const [x0, y0] = mercator([w, n]).map((v, i) => (v - [cx, cy][i]!) * worldPx + [map.width, map.height][i]! / 2);
    const [x1, y1] = mercator([e, s]).map((v, i) => (v - [cx, cy][i]!) * worldPx + [map.width, map.height][i]! / 2);
    const kosovo = { left: map.x + x0!, top: map.y + y0!, right: map.x + x1!, bottom: map.y + y1! };
    expect(kosovo.left, 'west edge').toBeGreaterThanOrEqual(map.x);
    expect(kosovo.top, 'north edge').toBeGreaterThanOrEqual(map.y);
    expect(kosovo.right, 'east edge').toBeLessThanOrEqual(map.x + map.width);
    expect(kosovo.bottom, 'south edge').toBeLessThanOrEqual(map.y + map.height);

    const legend = (await page.getByRole('region', { name: 'Legend and layers' }).boundingBox())!;
    const overlaps = legend.x < kosovo.right && legend.x + legend.width > kosovo.left && legend.y < kosovo.bottom && legend.y + legend.height > kosovo.top;
    expect(overlaps, `legend ${JSON.stringify(legend)} over Kosovo ${JSON.stringify(kosovo)}`).toBe(false);

    const open = await page.locator('.legend details').evaluate((d) => (d as HTMLDetailsElement).open);
    expect(open, 'legend open').toBe(width >= 800);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    if (width < 800) await expect(attribution).toHaveClass(/maplibregl-compact(?!-show)/);
    if (width < 800) await expect(attribution).not.toHaveClass(/maplibregl-compact-show/);
    // The audit reads the settled embed, map controls included: the view embedding authors ship.
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('theme=dark darkens the embed; theme=auto follows the reader’s colour scheme', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await openApp(page, 'embed&theme=dark&select=XK'); // colours of the page around the map
  const embed = page.locator('.embed');
  await expect(embed).toHaveCSS('background-color', 'rgb(27, 31, 36)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(243, 244, 246)');

  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await openExplorer(page, 'embed&theme=auto')).toBe('idle');
  await expect(embed).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(embed).toHaveAttribute('data-theme', 'light');
  await expect(embed).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', SETTLE);
});

test('plain drops the title and the link but keeps the credit; static leaves nothing to operate', async ({ page }) => {
  await openApp(page, 'embed&plain&select=XK');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open full explorer/ })).toHaveCount(0);
  await expect(page.getByText(/^Sources: HC Deb 08 July 2002/)).toBeVisible();
  await expect(page).toHaveURL(/[?&]plain(&|$)/);

  expect(await openExplorer(page, 'embed&static&select=XK')).toBe('idle');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
  // The legend and the panel are inert: shown, but out of reach of focus and pointer.
  const routes = page.getByRole('checkbox', { name: 'Routes', exact: true });
  await routes.focus();
  await expect(routes).not.toBeFocused();
  await page.getByTestId('map').click();
  await expect(page.locator('.panel h2')).toHaveText('Kosovo');
  await expect(page).toHaveURL(/[?&]select=XK\b/);
  await expect(page).toHaveURL(/[?&]static(&|$)/);
});
