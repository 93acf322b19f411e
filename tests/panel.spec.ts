// The side panel as a reader meets it: the overview, a place's cited figures, and the way into the sources.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { explorer, openApp } from './support/driver';
import type { Figure } from '../src/data/types';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const meta = (read('../seeds/documents.json') as { documents: Record<'fco-2004', { title: string }> }).documents;
const figures = read('../src/data/facts/figures.json') as Figure[];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const panel = (page: Page, name: string) => explorer(page).get.panel(name);
/** A figure in a panel's list: the list item whose value paragraph reads `display`. */
const figureItem = (within: Locator, display: string) =>
  within.getByRole('listitem').filter({
    has: within
      .page()
      .getByRole('paragraph')
      .filter({ hasText: new RegExp(`^${display}$`) }),
  });

test('a place opened by URL shows its figures in the source’s words, each with its quote', async ({ page }) => {
  await openApp(page, 'select=XK');
  const kosovo = panel(page, 'Kosovo');
  await expect(kosovo.getByRole('heading', { level: 2, name: 'Kosovo' })).toBeVisible();
  // Opening at ?select= must not move focus into the panel.
  await expect(kosovo.getByRole('heading', { level: 2 })).not.toBeFocused();

  const figure = figureItem(kosovo, '2,047');
  await expect(figure.getByRole('paragraph').filter({ hasText: /^2,047$/ })).toBeVisible();
  const source = figure.getByRole('button', { name: /^Source for: 2,047 raids/ });
  await expect(source).toHaveAttribute('aria-expanded', 'false');
  await source.click();
  await expect(source).toHaveAttribute('aria-expanded', 'true');

  // The quote as the fact base has it (the build checks the fact base against the seeds).
  const quote = squash(await figure.getByRole('blockquote').innerText()).replace(/^“|”$/g, '');
  expect(quote).toBe(squash(figures.find((f) => f.display === '2,047')!.cite.quote));
  await expect(figure.getByText(/para 24$/)).toBeVisible();
});

test('a place can be selected with the keyboard alone from the overview’s list', async ({ page }) => {
  await openApp(page);
  const overview = panel(page, 'Overview');
  const target = overview.getByRole('button', { name: 'Kosovo', exact: true });
  await expect(target).toBeVisible();

  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');

  const heading = panel(page, 'Kosovo').getByRole('heading', { level: 2, name: 'Kosovo' });
  await expect(heading).toBeVisible();
  // The pressed button is gone; focus lands on the new heading, not on the page body.
  await expect(heading).toBeFocused();
});

test('clicking a related place selects it', async ({ page }) => {
  await openApp(page, 'select=XK');
  await panel(page, 'Kosovo').getByRole('button', { name: 'Moldova', exact: true }).click();
  await expect(panel(page, 'Moldova').getByRole('heading', { level: 2, name: 'Moldova' })).toBeVisible();
  await expect(page).toHaveURL(/select=MD/);
});

test('“Read in source” opens the reader at the cited paragraph', async ({ page }) => {
  await openApp(page, 'select=XK');
  const figure = figureItem(panel(page, 'Kosovo'), '2,047');
  await figure.getByRole('button', { name: /^Source for: 2,047 raids/ }).click();
  await figure.getByRole('button', { name: 'Read in source' }).click();

  const reader = panel(page, 'Source reader');
  await expect(reader.getByRole('heading', { level: 2, name: meta['fco-2004'].title })).toBeVisible();
  await expect(page.locator('#para-fco-2004-p24')).toBeInViewport();
});

test('“Copy citation” puts the quote, its reference and the licence on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, 'select=XK');
  const source = /^Source for: Kosovo: Destination and transit country/;
  const role = panel(page, 'Kosovo')
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: source }) })
    .first();
  await role.getByRole('button', { name: source }).click();
  await role.getByRole('button', { name: 'Copy citation' }).click();
  await expect(role.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Kosovo has become a major destination and transit country');
  expect(copied).toContain('para 9');
  expect(copied).toContain('Contains Parliamentary information licensed under the Open Parliament Licence v3.0');
});

test('figures after the time window are counted, and one button widens it', async ({ page }) => {
  await openApp(page, 'select=XK&year=2001');
  const kosovo = panel(page, 'Kosovo');
  const raids = kosovo.getByRole('paragraph').filter({ hasText: /^2,047$/ });
  await expect(raids).toHaveCount(0);
  await expect(kosovo.getByText(/^\d+ more reported after 2001/).first()).toBeVisible();
  await kosovo.getByRole('button', { name: 'widen the timeline to 2004' }).first().click();
  await expect(raids).toBeVisible();
});
