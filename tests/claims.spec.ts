// Every mark is a claim: it appears when its sentence counts, says what it is about, and gives
// its sentence when pointed at. Pixels are read off the real map in real Chromium.
import type { LineString } from 'geojson';
import { expect, test } from './support/fixtures';
import { openExplorer, rolePixelCount } from './support/driver';
import { theme } from '../src/symbols/theme';
import { factLayers } from '../geo/build/fact-layers';
import { loadFactBase } from '../src/data/load-node';

test.describe.configure({ timeout: 60_000 });
const SETTLE = { timeout: 20_000 };

/** Western Kosovo at the centre of the map, clear of the routes ending at its middle. */
const OVER_KOSOVO = 'camera=20.45,42.45,7';
/** Central Bosnia, away from the airport marker and the dashed immigration line. */
const OVER_BOSNIA = 'camera=17.6,44.4,7';

async function centreClip(page: import('@playwright/test').Page) {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no layout box');
  return { x: box.x + box.width / 2 - 40, y: box.y + box.height / 2 - 40, width: 80, height: 80 };
}

test('at 2002 the map shows only what the 2002 answer had said; at 2004, Kosovo’s roles', async ({ page }) => {
  expect(await openExplorer(page, `${OVER_KOSOVO}&year=2002`)).toBe('idle');
  const clip = await centreClip(page);
  const kosovoRoles = () => rolePixelCount(page, [theme.roles.destination, theme.roles.transit], clip);
  expect(await kosovoRoles()).toBeLessThan(50);
  await expect(page.getByText('What the records had said by the end of 2002.')).toBeVisible();

  await page.getByRole('slider', { name: /Time window/ }).fill('2004');
  await expect.poll(kosovoRoles, SETTLE).toBeGreaterThan(2000);
});

test('Bosnia is drawn as illegal immigration, never in a trafficking role’s colour', async ({ page }) => {
  expect(await openExplorer(page, OVER_BOSNIA)).toBe('idle');
  const clip = await centreClip(page);
  expect(await rolePixelCount(page, [theme.immigration], clip)).toBeGreaterThan(1500);
  expect(await rolePixelCount(page, Object.values(theme.roles), clip)).toBe(0);

  await page.getByTestId('map').hover();
  const tooltip = page.getByTestId('map-tooltip');
  await expect(tooltip).toContainText('Bosnia and Herzegovina', SETTLE);
  await expect(tooltip).toContainText('Illegal immigration (not trafficking)');
  await expect(tooltip).toContainText('illegal migrants through Sarejevo airport');
  await expect(tooltip).not.toContainText('Human trafficking');
});

test('pointing at Kosovo says why it is shaded: subject, date, period and sentence', async ({ page }) => {
  expect(await openExplorer(page, OVER_KOSOVO)).toBe('idle');
  await page.getByTestId('map').hover();
  const tooltip = page.getByTestId('map-tooltip');
  await expect(tooltip).toContainText('Destination and transit country for human trafficking', SETTLE);
  await expect(tooltip).toContainText('stated 6 October 2004 · “In the past five years”');
  await expect(tooltip).toContainText('Kosovo has become a major destination and transit country for trafficked women and girls');
});

test('pointing at the way in from Serbia says it is a way in, “primarily”, and not where its people came from', async ({ page }) => {
  // A point on the drawn line, from the layer the build makes (not from the app's own code).
  const routes = factLayers(loadFactBase()).routes as GeoJSON.FeatureCollection<LineString, { id: string }>;
  const line = routes.features.find((f) => f.properties.id === 'entry-serbia-kosovo')!.geometry.coordinates;
  const [lng, lat] = line[Math.floor(line.length / 2)]!;
  expect(await openExplorer(page, `camera=${lng},${lat},7.5`)).toBe('idle');
  await page.getByTestId('map').hover();
  const tooltip = page.getByTestId('map-tooltip');
  await expect(tooltip).toContainText('A way into Kosovo: from Serbia (“primarily”)', SETTLE);
  await expect(tooltip).toContainText('not where the people entering by each came from');
  await page.getByTestId('map').click();
  await expect(page.getByRole('complementary').getByText('What the source does not say.')).toBeVisible();
});

test('the two readings of time are named, and "Happened by" brings back what the 2004 memorandum dates earlier', async ({ page }) => {
  await page.goto('/?view=table&year=2002');
  const initiatives = page.getByRole('table', { name: /^Initiatives/ });
  // Said by 2002: only the 2002 answer. The TPIU, set up in October 2000, is reported in 2004.
  await expect(initiatives.getByRole('button', { name: 'Trafficking and Prostitution Investigation Unit', exact: true })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Happened by' }).check();
  await expect(page.getByText('What the records say was so by the end of 2002.').filter({ visible: true })).toBeVisible();
  await expect(initiatives.getByRole('button', { name: 'Trafficking and Prostitution Investigation Unit', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/[?&]time=happened\b/);
});
