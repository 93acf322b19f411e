// Phones: at 320 px nothing scrolls sideways in any state, the map keeps half the screen with the
// panel at its peek, the panel is a bottom sheet (drag, tap, keys), the toolbar folds into one
// menu, the timeline is one compact row, and every control is at least 24 × 24 px (WCAG 2.5.8).
import type { Page } from '@playwright/test';
import { openApp, openExplorer } from './support/driver';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 320, height: 640 } });

const STATES: [string, string][] = [
  ['the overview', ''],
  ['a place', 'select=XK'],
  ['an initiative', 'select=tpiu'],
  ['a figure', 'select=tpiu-raids-2003'],
  ['the table', 'view=table'],
  ['the reader', 'view=reader'],
  ['the story', 'story=1'],
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

for (const [name, query] of STATES) {
  test(`at 320 × 640 ${name} does not scroll sideways${TARGETS.has(query) ? ', and every control is at least 24 × 24 px' : ''}`, async ({ page }) => {
    if (query === 'view=table') {
      // The table takes the map's place: the map is laid out but hidden.
      await page.goto(`/?${query}`);
      await expect(page.getByRole('table').first()).toBeVisible();
    } else {
      expect(await openExplorer(page, query)).toBe('idle');
    }
    const { overflow, wide } = await sideways(page);
    expect(overflow, `wider than the screen: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
    if (TARGETS.has(query)) expect(await smallControls(page)).toEqual([]);
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
