// Phones: at 320 px nothing scrolls sideways in any state, the map keeps half the screen with the
// panel at its peek, the panel is a bottom sheet (drag, tap, keys), the toolbar folds into one
// menu, the timeline is one compact row, and every control is at least 24 × 24 px (WCAG 2.5.8).
import type { Locator, Page } from '@playwright/test';
import { openApp, openExplorer, showByHistory } from './support/driver';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 320, height: 640 } });

/** The explorer's states, each with what shows it is on screen. */
const STATES: [string, string, (page: Page) => Locator][] = [
  ['the overview', '', (page) => page.getByRole('heading', { level: 2, name: 'Overview' })],
  ['a place', 'select=XK', (page) => page.getByRole('complementary', { name: 'Kosovo' })],
  ['an initiative', 'select=tpiu', (page) => page.getByRole('heading', { level: 2, name: /Trafficking and Prostitution Investigation Unit/ })],
  ['a figure', 'select=tpiu-raids-2003', (page) => page.getByRole('complementary').getByText('2,047').first()],
  ['the table', 'view=table', (page) => page.getByRole('table').first()],
  ['the reader', 'view=reader', (page) => page.getByRole('group', { name: 'Source document' })],
  ['the story', 'story=1', (page) => page.getByTestId('story-progress')],
];
/** The embed is a page of its own. */
const EMBEDS: [string, string][] = [
  ['the embed', 'embed'],
  ['the Kosovo embed', 'embed&select=XK'],
];

/** The document's width beyond the viewport, and the first few elements that stick out to the right. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && getComputedStyle(el).visibility !== 'hidden')
      .slice(0, 4)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { overflow: root.scrollWidth - root.clientWidth, wide };
  });

/** Controls smaller than 24 × 24 px (WCAG 2.5.8), with their names and sizes. */
const smallControls = (page: Page) =>
  page.evaluate(() => {
    const controls = document.querySelectorAll('button, a[href], input, select, textarea, summary, [role=slider], [tabindex="0"]');
    return [...controls].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).visibility === 'hidden' || el.closest('svg')) return [];
      // Links inside a sentence are exempt (WCAG 2.5.8 "inline"); so is a checkbox whose label is the target.
      if (el.matches('p a, li > a') || el.closest('label')) {
        const target = el.closest('label')?.getBoundingClientRect() ?? r;
        if (el.closest('label') && target.height >= 24) return [];
        if (!el.closest('label')) return [];
      }
      return r.width >= 24 && r.height >= 24
        ? []
        : [
            `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`,
          ];
    });
  });

/** The states whose every control is also measured. */
const TARGETS = new Set(['', 'select=XK', 'embed&select=XK']);

/** What the page must hold in a state: nothing wider than the screen and, where asked, no control under 24 × 24 px. */
async function expectFits(page: Page, query: string) {
  const { overflow, wide } = await sideways(page);
  expect(overflow, `wider than the screen: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
  if (TARGETS.has(query)) expect(await smallControls(page)).toEqual([]);
}

test('at 320 × 640 no state of the explorer scrolls sideways, and in the overview and a place every control is at least 24 × 24 px', async ({ page }) => {
  // One settled map for every state, each reached as Back and Forward reach it.
  expect(await openExplorer(page)).toBe('idle');
  for (const [name, query, shows] of STATES) {
    await test.step(name, async () => {
      await showByHistory(page, query);
      await expect(shows(page)).toBeVisible();
      await expectFits(page, query);
    });
  }
});

for (const [name, query] of EMBEDS) {
  test(`at 320 × 640 ${name} does not scroll sideways${TARGETS.has(query) ? ', and every control is at least 24 × 24 px' : ''}`, async ({ page }) => {
    expect(await openExplorer(page, query)).toBe('idle');
    await expectFits(page, query);
  });
}

/** How much of the map the reader sees: its box less what the sheet covers. */
const visibleMapHeight = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('[data-testid=map]')!.getBoundingClientRect();
    const sheet = document.querySelector('.explorer > .panel')!.getBoundingClientRect();
    return Math.min(map.bottom, sheet.top) - map.top;
  });

// The sheet and the toolbar are laid out before MapLibre arrives, in the box it then draws in.
test('at 320 × 640 the map keeps half the screen with the sheet at its peek, and the sheet moves by keys and by dragging', async ({ page }) => {
  await openApp(page, 'select=XK');
  expect(await visibleMapHeight(page)).toBeGreaterThanOrEqual(320);
  const grip = page.getByRole('slider', { name: 'Panel size' });
  const sheet = page.getByRole('complementary', { name: 'Kosovo' });
  await expect(grip).toHaveAttribute('aria-valuetext', 'Heading only');

  await grip.focus();
  await page.keyboard.press('ArrowUp');
  await expect(grip).toHaveAttribute('aria-valuetext', 'Half the screen');
  await expect.poll(async () => (await sheet.boundingBox())?.height).toBeCloseTo(320, -1);
  await page.keyboard.press('ArrowUp');
  await expect(grip).toHaveAttribute('aria-valuetext', 'Full screen');
  await expect.poll(async () => (await sheet.boundingBox())?.height).toBeCloseTo(640 - 56, -1);
  await page.keyboard.press('Home');
  await expect(grip).toHaveAttribute('aria-valuetext', 'Heading only');
  await expect.poll(async () => (await sheet.boundingBox())?.height).toBeCloseTo(128, -1);

  // Dragged most of the way to half the screen and let go: it settles at half.
  const box = (await grip.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - 100, { steps: 5 });
  await page.mouse.move(x, y - 160, { steps: 5 });
  await page.mouse.up();
  await expect(grip).toHaveAttribute('aria-valuetext', 'Half the screen');
  // A tap steps it up.
  await grip.click();
  await expect(grip).toHaveAttribute('aria-valuetext', 'Full screen');
});

test('under 600 px the toolbar folds into one menu and the timeline into one row of controls', async ({ page }) => {
  await openApp(page);
  const menu = page.getByRole('button', { name: 'Menu' });
  const present = page.getByRole('button', { name: /^Present/ });
  await expect(present).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(present).toBeVisible();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(present).toBeHidden();
  await expect(menu).toBeFocused();

  const topbar = (await page.getByRole('banner').boundingBox())!;
  expect(topbar.height, 'toolbar rows').toBeLessThanOrEqual(100);
  const timeline = (await page.getByRole('region', { name: /Time window/ }).boundingBox())!;
  // One row of controls, and one of the two readings of time (24 px targets).
  expect(timeline.height, 'timeline height').toBeLessThanOrEqual(88);
});
