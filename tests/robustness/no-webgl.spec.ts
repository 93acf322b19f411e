// A browser without WebGL (blocklisted GPU, locked-down kiosk, old hardware) gets the simplified
// SVG map, says so, and keeps everything else: the panel, search, the source reader and the table.
import { expect, test } from '../support/fixtures';
import { openExplorer } from '../support/driver';
import { withoutWebGl } from './without-webgl';

test('without WebGL the explorer shows the simplified map and says so, and the panel, search, reader and table work', async ({ page }) => {
  await withoutWebGl(page);
  expect(await openExplorer(page)).toBe('unavailable');
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'unavailable');
  await expect(page.getByRole('status').filter({ hasText: /simplified map is shown/ })).toBeVisible();
  await expect(page.getByTestId('map').getByRole('group', { name: /^Simplified map/ })).toBeVisible();

  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Moldova');
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Moldova' })).toBeVisible();

  await page.getByRole('button', { name: 'Back to overview' }).click();
  await page.getByRole('complementary').getByRole('button', { name: /Read the source/ }).first().click();
  await expect(page.getByRole('complementary', { name: 'Source reader' })).toBeVisible();
  await expect(page.getByRole('complementary').locator('mark').first()).toBeVisible();

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('Kosovo');
});
