import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Figure } from '../src/data/types';
import { theme } from '../src/symbols/theme';
import { parseCsv } from './support/csv';
import { openApp, openExplorer, SETTLE } from './support/driver';
import { expect, test } from './support/fixtures';
import { PNG } from 'pngjs';
import { withoutWebGl } from './support/without-webgl';

/** The fact base as the build read it: what the downloads must carry. */
const figures = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'data', 'facts', 'figures.json'), 'utf8')) as Figure[];
const REFERENCES = [
  'HC Deb 08 July 2002 vol 388 cc741-2W [65708]',
  'Foreign Affairs Committee, Minutes of Evidence, supplementary written evidence from the Foreign and Commonwealth Office, 6 October 2004 (printed 23 February 2005)',
];

/** Opens "Download / cite" if it is closed and picks `item`. */
async function choose(page: Page, item: string): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Download / cite' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('button', { name: item }).click();
}

async function download(page: Page, item: string): Promise<{ name: string; body: Buffer }> {
  const saved = page.waitForEvent('download');
  await choose(page, item);
  const file = await saved;
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ihdrSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const near = (rgba: Uint8Array, i: number, [r, g, b]: number[]) =>
  Math.abs(rgba[i]! - r!) <= 6 && Math.abs(rgba[i + 1]! - g!) <= 6 && Math.abs(rgba[i + 2]! - b!) <= 6;
const rgbOf = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/**
 * The map inside an export: the bounding box of its sea colour, which nothing else in the frame
 * uses; then, inside that box, how many colours and how many pixels of each role colour.
 */
function mapRegion({ width, height, data: rgba }: PNG) {
  const sea = rgbOf(theme.sea);
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!near(rgba, (y * width + x) * 4, sea)) continue;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  const colours = new Set<number>();
  const roles = Object.fromEntries(Object.keys(theme.roles).map((r) => [r, 0]));
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = (y * width + x) * 4;
      colours.add((rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!);
      for (const [role, hex] of Object.entries(theme.roles)) if (near(rgba, i, rgbOf(hex))) roles[role]!++;
    }
  }
  return { width: x1 - x0 + 1, height: y1 - y0 + 1, colours: colours.size, roles };
}

test('Download PNG gives the view at 1× and at exactly twice that at 2×, with the map drawn', async ({ page }) => {
  // Two captures, each waiting for the map to redraw in software WebGL: 13 s measured at load
  // average 10, 43 s at 20.
  test.slow();
  expect(await openExplorer(page)).toBe('idle');
  const mapBox = (await page.getByTestId('map').boundingBox())!;

  const one = await download(page, 'Download PNG (1×)');
  expect(one.name).toBe('balkan-routes-overview.png');
  expect(one.body.subarray(0, 8).equals(SIGNATURE), 'PNG signature').toBe(true);
  const two = await download(page, 'Download PNG (2×)');
  expect(two.name).toBe('balkan-routes-overview@2x.png');
  expect(two.body.subarray(0, 8).equals(SIGNATURE), 'PNG signature').toBe(true);

  const [size1, size2] = [ihdrSize(one.body), ihdrSize(two.body)];
  expect(size1.width).toBeGreaterThan(mapBox.width);
  expect(size2).toEqual({ width: size1.width * 2, height: size1.height * 2 });

  for (const [scale, png] of [
    [1, one.body],
    [2, two.body],
  ] as const) {
    const map = mapRegion(PNG.sync.read(png));
    // The sea reaches the map's edges somewhere, so its box is most of the map.
    expect(map.width, `${scale}× map width`).toBeGreaterThan(mapBox.width * scale * 0.8);
    expect(map.height, `${scale}× map height`).toBeGreaterThan(mapBox.height * scale * 0.5);
    expect(map.colours, `${scale}× colours in the map`).toBeGreaterThan(50);
    // The source countries (Moldova, Romania) fill large areas of the overview; Kosovo's bands are
    // a few antialiased pixels at this zoom, so they are not counted.
    expect(map.roles['source'], `${scale}× source pixels in the map`).toBeGreaterThan(500 * scale * scale);
  }
  // Still usable afterwards: the capture puts the map's pixel ratio back.
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', SETTLE);
});

test('Download figures gives RFC 4180 CSV with every figure and its quote', async ({ page }) => {
  await page.goto('/'); // the data downloads do not wait for the map
  const { name, body } = await download(page, 'Download figures (CSV)');
  expect(name).toBe('balkan-routes-figures.csv');
  const text = body.toString('utf8');
  expect(text.startsWith('\uFEFF'), 'UTF-8 byte-order mark for spreadsheets').toBe(true);
  const [header = [], ...rows] = parseCsv(text.slice(1));
  const quote = header.indexOf('verbatim quote');
  expect(quote).toBeGreaterThanOrEqual(0);
  for (const row of rows) expect(row).toHaveLength(header.length);
  expect(rows.map((row) => [row[0], row[quote]])).toEqual(figures.map((f) => [f.id, f.cite.quote]));
});

test('Download layers gives GeoJSON whose features carry ids and layers', async ({ page }) => {
  await page.goto('/'); // the data downloads do not wait for the map
  const { name, body } = await download(page, 'Download layers (GeoJSON)');
  expect(name).toBe('balkan-routes-layers.geojson');
  const collection = JSON.parse(body.toString('utf8')) as GeoJSON.FeatureCollection & { metadata: { licence: { attribution: string } } };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.metadata.licence.attribution).toContain('Open Parliament Licence v3.0');
  const ids = collection.features.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const f of collection.features) {
    expect(typeof f.id).toBe('string');
    expect(['countries', 'borders', 'places', 'routes']).toContain(f.properties?.['layer']);
  }
  expect(collection.features.find((f) => f.id === 'XK')?.properties?.['roles']).toEqual(expect.arrayContaining(['destination', 'transit']));
});

test('Cite this view gives the link to the view and both sources, and the menu works by keyboard', async ({ page }) => {
  await openApp(page, 'select=XK'); // the citation is the store's, not the map's
  const toggle = page.getByRole('button', { name: 'Download / cite' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Cite this view' }).focus();
  await page.keyboard.press('Enter');

  const text = await page.getByTestId('cite-text').inputValue();
  const link = /(https?:\/\/\S+)/.exec(text)?.[1];
  expect(link, 'a link in the citation').toBeDefined();
  const url = new URL(link!);
  const here = new URL(page.url());
  expect(url.origin + url.pathname).toBe(here.origin + here.pathname);
  expect(url.searchParams.get('select')).toBe('XK');
  for (const reference of REFERENCES) expect(text).toContain(reference);
  expect(text).toContain('Contains Parliamentary information licensed under the Open Parliament Licence v3.0');

  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
});

test.describe('without WebGL', () => {
  test.beforeEach(({ page }) => withoutWebGl(page));

  test('the PNG items are disabled with the reason, the rest still download', async ({ page }) => {
    expect(await openExplorer(page)).toBe('unavailable');
    await page.getByRole('button', { name: 'Download / cite' }).click();
    for (const scale of ['1×', '2×']) {
      const item = page.getByRole('button', { name: `Download PNG (${scale})` });
      await expect(item).toBeDisabled();
      await expect(item).toHaveAccessibleDescription(/no WebGL 2/);
    }
    const { name } = await download(page, 'Download figures (CSV)');
    expect(name).toBe('balkan-routes-figures.csv');
  });
});
