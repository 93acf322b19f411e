// Printing the explorer (Ctrl+P, window.print()) gives the SVG map, not a blank WebGL canvas,
// framed as on screen and with the selection, followed by the panel's text.
import { theme } from '../src/symbols/theme';
import { openApp, openExplorer, rolePixelCount, showByHistory } from './support/driver';
import { expect, test } from './support/fixtures';

test('in print media the map is the SVG map in the role colours, with the selection, and its key whole below it', async ({ page }) => {
  // Romania and Kosovo in one frame, nothing selected, so each role's own colour is on the map.
  expect(await openExplorer(page, 'camera=22,43.5,6')).toBe('idle');
  const svg = page.locator('.livemap svg');
  await expect(svg).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();
  await expect(svg).toBeVisible();
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(map.height).toBeGreaterThan(300);
  for (const [role, colour] of Object.entries(theme.roles)) {
    // ±16 per channel: the regions' soft halos (the Balkans, South East Europe) tint the fills under them.
    expect(await rolePixelCount(page, [colour], map, 16), `${role} (${colour}) pixels in the printed map`).toBeGreaterThan(200);
  }

  // The key prints whole below the map, not clipped over it (where its swatches would pass for the
  // map's colours), and without its switches.
  const legend = page.getByRole('region', { name: 'Legend and layers' });
  const key = (await legend.boundingBox())!;
  expect(key.y, 'the key starts below the map').toBeGreaterThanOrEqual(map.y + map.height);
  expect(await legend.evaluate((el) => el.scrollHeight - el.clientHeight), 'the key is not clipped').toBeLessThanOrEqual(0);
  await expect(legend.getByText('Illegal immigration (not trafficking)').first()).toBeVisible();
  await expect(legend.getByRole('checkbox')).toHaveCount(0);

  // A selection made while printing (as Back reaches it) shows on the print map and in the panel,
  // which prints in full after the map, not in a scrolling box.
  await showByHistory(page, 'select=XK');
  await expect(svg.getByRole('button', { name: /^Kosovo:/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary', { name: 'Kosovo' }).getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /search/i })).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await expect(svg).toBeHidden();
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
});

test('on a phone, the legend folded on screen prints whole, and a place with charts prints no wider than the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Kosovo's panel has bar charts, each with its figures as a table for screen readers.
  await openApp(page, 'select=XK');
  await expect(page.getByRole('complementary', { name: 'Kosovo' }).getByRole('table').first()).toBeAttached();
  const legend = page.getByRole('region', { name: 'Legend and layers' });
  const key = legend.getByText('Illegal immigration (not trafficking)').first();
  await expect(key, 'folded on a phone').toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(key).toBeVisible();
  await expect(legend.getByText('Destination of trafficking').first()).toBeVisible();
  // A hidden table once widened the printed page threefold (1,162 px at 390), shrinking it all on paper.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(392);
});
