// A browser without WebGL (blocklisted GPU, locked-down kiosk, old hardware) gets the simplified
// SVG map, says so, and keeps everything else: the panel, search, the source reader and the table.
import { explorer } from '../support/driver';
import { expect, test } from '../support/fixtures';

test('without WebGL the explorer shows the simplified map and says so, and the panel, search, reader and table work', async ({ page }) => {
  const { given, when, then, get } = explorer(page);
  await given.noWebGl();
  expect(await given.explorerAt()).toBe('unavailable');
  await then.mapIs('unavailable');
  await expect(get.notices().filter({ hasText: /simplified map is shown/ })).toBeVisible();
  await expect(get.map().getByRole('group', { name: /^Simplified map/ })).toBeVisible();
  // The legend's layer switches stay: they drive the simplified map, the table and the reader's marks.
  await expect(get.layerSwitch('Routes')).toBeVisible();

  await when.searchFor('Moldova');
  await then.panelShows('Moldova');

  await when.backToOverview();
  await when.openReader();
  await then.panelShows('Source reader');
  // Cited sentences are marked.
  await expect(get.panel('Source reader').locator('mark').first()).toBeVisible();

  await when.openTable();
  await then.tableShows('Kosovo');
});
