// A fact base full of markup and script (./xss-facts.ts), built into dist-xss/ before the run
// (npm run build:xss) and served as its own site: every view must show the payloads as literal
// text and never run them.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SETTLE } from '../support/driver';
import { expect, test } from '../support/fixtures';
import { armTripwire, injectedMarkup } from './tripwire';
import { PAYLOAD, xssFactBase } from './xss-facts';

const { img, script } = PAYLOAD;
test.use({ site: 'xss' });

/** Opens the XSS build with the tripwire armed; returns what tripped it, to check after each step. */
async function open(page: Page, query: string): Promise<string[]> {
  const hits: string[] = [];
  await armTripwire(page, (what) => hits.push(what));
  await page.goto(`/?${query}`);
  await expect(page.getByRole('complementary')).toBeVisible();
  return hits;
}

async function expectNothingRan(page: Page, hits: string[]): Promise<void> {
  // onerror handlers fire once the broken image has failed to load: give them the chance.
  await page.waitForTimeout(300);
  expect(await injectedMarkup(page), 'markup injected into the page').toEqual([]);
  expect(hits, 'payloads that ran').toEqual([]);
}

test('panel, search and map tooltip show hostile names as text', async ({ page }) => {
  // Kosovo at the middle of the map, so hovering the middle finds it.
  const hits = await open(page, 'select=XK&camera=20.9,42.6,8');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`Kosovo ${img}`);
  await expect(panel).toContainText(img);

  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Kosovo');
  await expect(
    page
      .getByRole('option')
      .filter({ hasText: `Kosovo ${img}` })
      .first(),
  ).toBeVisible();
  await search.press('Escape');

  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-map-state', 'idle', SETTLE);
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('map-tooltip')).toContainText(img);
  await expectNothingRan(page, hits);
});

test('initiative, figure and route details show hostile text as text', async ({ page }) => {
  const facts = xssFactBase();
  // One with an acronym, which carries the script payload into its heading.
  const hits = await open(page, `select=${facts.initiatives.find((i) => i.acronym)!.id}`);
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(img);
  await expect(panel).toContainText(script);
  for (const id of [facts.figures[0]!.id, facts.routes[0]!.id]) {
    await page.goto(`/?select=${id}`);
    await expect(page.getByRole('complementary')).toContainText(script);
  }
  await expectNothingRan(page, hits);
});

test('the table shows hostile text as text', async ({ page }) => {
  const hits = await open(page, 'view=table');
  const tables = page.getByRole('table');
  await expect(tables.first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText(img);
  await expect(page.getByRole('main')).toContainText(script);
  await expectNothingRan(page, hits);
});

test('the source reader shows hostile exclusion reasons and names as text', async ({ page }) => {
  const hits = await open(page, 'view=reader&doc=commons-2002&para=a4');
  const reader = page.getByRole('complementary');
  // The foreign passage in a4 carries its (hostile) reason beside it.
  await expect(reader.getByText(img).first()).toBeVisible();
  // Marks describe what they back by name, for screen readers: the hostile name stays text there too.
  expect(await reader.evaluate((el) => el.textContent ?? '')).toMatch(/Cited for .{0,200}?<img src=x onerror=window\.__pwned=1>/);
  await expectNothingRan(page, hits);
});

test('the CSV export carries hostile text verbatim', async ({ page }) => {
  const hits = await open(page, '');
  await page.getByRole('button', { name: 'Download / cite' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /figures \(CSV\)/ }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain(img);
  expect(csv).toContain(script);
  await expectNothingRan(page, hits);
});
