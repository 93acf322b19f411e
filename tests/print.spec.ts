// Printing the explorer (Ctrl+P, window.print()) gives the SVG map, not a blank WebGL canvas,
// framed as on screen and with the selection, followed by the panel's text.
import { theme } from '../src/symbols/theme';
import { openExplorer, rolePixelCount } from './support/driver';
import { expect, test } from './support/fixtures';

test('in print media the map is the SVG map, with the selection and the role colours', async ({ page }) => {
  expect(await openExplorer(page, 'select=XK')).toBe('idle');
  const svg = page.locator('.livemap svg');
  await expect(svg).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();
  await expect(svg).toBeVisible();
  await expect(svg.getByRole('button', { name: /^Kosovo:/ })).toHaveAttribute('aria-pressed', 'true');
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(map.height).toBeGreaterThan(300);
  for (const [role, colour] of Object.entries(theme.roles)) {
    expect(await rolePixelCount(page, [colour], map), `${role} (${colour}) pixels in the printed map`).toBeGreaterThan(200);
  }
  // The panel prints in full after the map, not in a scrolling box.
  await expect(page.getByRole('complementary', { name: 'Kosovo' }).getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /search/i })).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await expect(svg).toBeHidden();
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
});
