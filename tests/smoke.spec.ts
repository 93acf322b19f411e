import { expect, test } from './support/fixtures';
import { openExplorer, rolePixelCount } from './support/driver';
import { theme } from '../src/symbols/theme';

test('the explorer opens offline and draws every route role on the map', async ({ page }) => {
  expect(await openExplorer(page)).toBe('idle');

  const map = page.getByTestId('map');
  await expect(map).toBeVisible();

  // Clip to the map so colour swatches in the panel don't count as drawn features.
  const box = await map.boundingBox();
  expect(box, 'map has a layout box').not.toBeNull();
  for (const [role, colour] of Object.entries(theme.roles)) {
    const pixels = await rolePixelCount(page, [colour], box ?? undefined);
    // More than a stray anti-aliased speck: a drawn marker or line is dozens of pixels.
    expect(pixels, `${role} (${colour}) pixels on the map`).toBeGreaterThan(20);
  }
});
