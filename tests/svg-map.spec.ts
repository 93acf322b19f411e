// Without WebGL 2 the SVG map is the map: every feature selects by click and by keyboard, points
// and focus show the tooltip, and the legend's switches and the time window filter it.
import type { Page } from '@playwright/test';
import { openExplorer } from './support/driver';
import { expect, test } from './support/fixtures';
import { withoutWebGl } from './support/without-webgl';

const svgMap = (page: Page) => page.getByRole('group', { name: /^Simplified map/ });

test.beforeEach(async ({ page }) => {
  await withoutWebGl(page);
});

test('without WebGL a place is selected by clicking the SVG map, with a notice that the map is simplified', async ({ page }) => {
  expect(await openExplorer(page)).toBe('unavailable');
  await expect(page.getByRole('status').filter({ hasText: /simplified map is shown/ })).toBeVisible();
  const airport = svgMap(page).getByRole('button', { name: 'Sarajevo International Airport' });
  await airport.hover();
  await expect(page.getByTestId('map-tooltip')).toContainText('Sarajevo International Airport');
  await airport.click();
  await expect(page.getByRole('complementary', { name: 'Sarajevo International Airport' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]select=sarajevo-airport\b/);
  await expect(airport).toHaveAttribute('aria-pressed', 'true');

  // A click on the sea goes back to the overview, as on the live map.
  const sea = await page.evaluate(() => {
    const water = document.querySelector('.livemap svg > rect');
    for (let y = 100; y < innerHeight; y += 20) {
      for (let x = 300; x < innerWidth; x += 20) if (document.elementFromPoint(x, y) === water) return { x, y };
    }
    return null;
  });
  expect(sea, 'a point of open sea on the map').not.toBeNull();
  await page.mouse.click(sea!.x, sea!.y);
  await expect(page.getByRole('complementary', { name: 'Overview' })).toBeVisible();
});

test('without WebGL the keyboard reaches the SVG map, moves between features and selects one', async ({ page }) => {
  expect(await openExplorer(page)).toBe('unavailable');
  const map = svgMap(page);
  const inMap = () => page.evaluate(() => document.activeElement?.closest('.livemap') !== null);
  for (let i = 0; i < 40 && !(await inMap()); i++) await page.keyboard.press('Tab');
  expect(await inMap(), 'Tab reaches the map').toBe(true);
  // One tab stop: the next Tab leaves the map.
  const buttons = await map.getByRole('button').count();
  expect(buttons).toBeGreaterThan(20);
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  for (let i = 0; i < buttons && !/^Kosovo\b/.test(await focusedName()); i++) await page.keyboard.press('ArrowRight');
  expect(await focusedName()).toMatch(/^Kosovo: destination and transit country/);
  await expect(page.getByTestId('map-tooltip')).toContainText('Kosovo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Kosovo' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]select=XK\b/);
  await expect(map.getByRole('button', { name: /^Kosovo:/ })).toHaveAttribute('tabindex', '0');
});

test('without WebGL the time window and the layer switches filter the SVG map', async ({ page }) => {
  expect(await openExplorer(page)).toBe('unavailable');
  const map = svgMap(page);
  // The NATO summit in Istanbul is from June 2004, and every route is the 2004 memorandum's:
  // drawn in the full window, gone at 2003.
  const istanbul = map.getByRole('button', { name: /^Istanbul/ });
  await expect(istanbul).toHaveCount(1);
  const route = map.getByRole('button', { name: 'Into Kosovo from Serbia', exact: true });
  await expect(route).toHaveCount(1);
  const slider = page.getByRole('slider', { name: /Time window/ });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('2003');
  await expect(istanbul).toHaveCount(0);
  await expect(route).toHaveCount(0);
  await expect(map.getByRole('button', { name: 'Sarajevo International Airport' })).toHaveCount(1);

  await slider.press('ArrowRight');
  await expect(route).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Routes', exact: true }).uncheck();
  await expect(route).toHaveCount(0);
  await slider.press('ArrowLeft');
  await page.getByRole('checkbox', { name: 'Airports and cities', exact: true }).uncheck();
  await expect(map.getByRole('button', { name: 'Sarajevo International Airport' })).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]year=2003\b.*layers=|layers=.*[?&]year=2003\b/);
});

test('without WebGL a link to a selection frames it on the SVG map', async ({ page }) => {
  expect(await openExplorer(page, 'select=XK')).toBe('unavailable');
  const kosovo = svgMap(page).getByRole('button', { name: /^Kosovo:/ });
  await expect(kosovo).toHaveAttribute('aria-pressed', 'true');
  const map = (await page.getByTestId('map').boundingBox())!;
  const shape = (await kosovo.boundingBox())!;
  // Fitted: all of Kosovo inside the map, and large.
  expect(shape.x).toBeGreaterThanOrEqual(map.x);
  expect(shape.y).toBeGreaterThanOrEqual(map.y);
  expect(shape.x + shape.width).toBeLessThanOrEqual(map.x + map.width);
  expect(shape.y + shape.height).toBeLessThanOrEqual(map.y + map.height);
  expect(shape.height).toBeGreaterThan(map.height * 0.2);
});
