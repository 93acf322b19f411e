// The map as a reader meets it: point at Kosovo, click it, switch a layer off. The map without
// WebGL is robustness/no-webgl.spec.ts; a lost WebGL context, robustness/webgl-loss.spec.ts.
import { expect, test } from './support/fixtures';
import { openExplorer, rolePixelCount } from './support/driver';
import { theme } from '../src/symbols/theme';

/** Western Kosovo at the centre of the map, clear of the routes ending at its middle and of the UNMIK marker. */
const OVER_KOSOVO = 'camera=20.45,42.45,7';
/** Serbia and Romania, where the routes from Moldova and Romania run. */
const OVER_ROUTES = 'camera=22.5,44.6,6';

test('pointing at Kosovo shows its name and roles, and clicking it selects it and opens its details', async ({ page }) => {
  expect(await openExplorer(page, OVER_KOSOVO)).toBe('idle');
  const tooltip = page.getByTestId('map-tooltip');
  await test.step('pointing shows the name and roles, which leave with the pointer', async () => {
    await page.getByTestId('map').hover(); // the centre of the map
    await expect(tooltip).toContainText('Kosovo');
    await expect(tooltip).toContainText(/destination and transit/i);
    await page.mouse.move(1, 1);
    await expect(tooltip).toBeHidden();
  });
  await test.step('clicking selects it and opens its details', async () => {
    await page.getByTestId('map').click();
    await expect(
      page
        .getByRole('complementary')
        .getByRole('heading', { name: /Kosovo/ })
        .first(),
    ).toBeVisible();
    await expect(page).toHaveURL(/[?&]select=XK\b/);
  });
});

test('the Routes switch hides the routes and brings them back', async ({ page }) => {
  expect(await openExplorer(page, OVER_ROUTES)).toBe('idle');
  const map = await page.getByTestId('map').boundingBox();
  if (!map) throw new Error('the map has no layout box');
  // The middle of the map, clear of the legend, the timeline and the zoom buttons, which share the route ink.
  const clip = { x: map.x + map.width * 0.35, y: map.y + 130, width: map.width * 0.55, height: map.height - 300 };
  // Country labels share it too, so compare counts rather than expect zero.
  const routePixels = () => rolePixelCount(page, [theme.route], clip);
  const shown = await routePixels();
  const routes = page.getByRole('checkbox', { name: 'Routes', exact: true });

  await routes.uncheck();
  await expect.poll(routePixels).toBeLessThan(shown * 0.5);
  await routes.check();
  await expect.poll(routePixels).toBeGreaterThan(shown * 0.9);
});
