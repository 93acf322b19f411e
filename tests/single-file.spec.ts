// The offline single file, opened from file:// with every request off file:, data: and blob:
// refused (./support/offline.ts), and used as a person would.
import type { Page } from '@playwright/test';
import { theme } from '../src/symbols/theme';
import { rolePixelCount, SETTLE } from './support/driver';
import { expect, singleFileUrl, test } from './support/offline';

async function openSingleFile(page: Page, query = ''): Promise<void> {
  await page.goto(singleFileUrl(query));
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
