// The map as a reader meets it: point at Kosovo, click it, switch a layer off; and the fallback
// when the browser has no WebGL 2.
import { expect, test } from './support/fixtures';
import { openExplorer, rolePixelCount } from './support/driver';
import { theme } from '../src/map/theme';

// Software WebGL (SwiftShader) on a busy machine takes many seconds to settle a frame.
test.describe.configure({ timeout: 90_000 });
const SETTLE = { timeout: 30_000 };

/** Western Kosovo at the centre of the map, clear of the routes ending at its middle and of the UNMIK marker. */
const OVER_KOSOVO = 'camera=20.45,42.45,7';
/** Serbia and Romania, where the routes from Moldova and Romania run. */
const OVER_ROUTES = 'camera=22.5,44.6,6';

test('clicking Kosovo selects it and opens its details', async ({ page }) => {
  expect(await openExplorer(page, OVER_KOSOVO)).toBe('idle');
  await page.getByTestId('map').click(); // the centre of the map
  await expect(page.getByRole('complementary').getByRole('heading', { name: /Kosovo/ }).first()).toBeVisible(SETTLE);
  await expect(page).toHaveURL(/[?&]select=XK\b/);
});

test('pointing at Kosovo shows its name and roles', async ({ page }) => {
  expect(await openExplorer(page, OVER_KOSOVO)).toBe('idle');
  await page.getByTestId('map').hover();
  const tooltip = page.getByTestId('map-tooltip');
  await expect(tooltip).toContainText('Kosovo', SETTLE);
  await expect(tooltip).toContainText(/destination and transit/i);
  await page.mouse.move(1, 1);
  await expect(tooltip).toBeHidden();
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
  await expect.poll(routePixels, SETTLE).toBeLessThan(shown * 0.5);
  await routes.check();
  await expect.poll(routePixels, SETTLE).toBeGreaterThan(shown * 0.9);
});

test('after the graphics context is lost and restored, the map still follows the legend', async ({ page }) => {
  expect(await openExplorer(page, `select=XK&${OVER_ROUTES}`)).toBe('idle');
  await page.evaluate(async () => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
    const lose = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    if (!lose) throw new Error('no WEBGL_lose_context');
    lose.loseContext();
    await new Promise((resolve) => setTimeout(resolve, 300));
    lose.restoreContext();
  });
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', SETTLE);
  const map = await page.getByTestId('map').boundingBox();
  if (!map) throw new Error('the map has no layout box');
  const clip = { x: map.x + map.width * 0.35, y: map.y + 130, width: map.width * 0.55, height: map.height - 300 };
  const shown = await rolePixelCount(page, [theme.route], clip);
  await page.getByRole('checkbox', { name: 'Routes', exact: true }).uncheck();
  await expect.poll(() => rolePixelCount(page, [theme.route], clip), SETTLE).toBeLessThan(shown * 0.5);
});

test.describe('without WebGL 2', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      // @ts-expect-error -- narrowing the overloads is beside the point of a stub
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        return kind === 'webgl2' ? null : getContext.call(this, kind as '2d', ...(rest as []));
      };
    });
  });

  test('the SVG map stands in, says so, and the rest of the explorer still works', async ({ page }) => {
    expect(await openExplorer(page)).toBe('unavailable');
    const map = page.getByRole('region', { name: /Map of trafficking routes/ });
    await expect(map.getByRole('group', { name: /^Simplified map/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'No WebGL 2 in this browser: a simplified map is shown.' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Routes', exact: true })).toBeVisible();
  });
});
