// Helpers for the presentation specs: start presenting, expect a scene, point at a place on the map.
import { expect, type Page } from '@playwright/test';
import { scenes } from '../../src/data/scenes';
import { openApp, openExplorer } from './driver';
import { withoutWebGl } from './without-webgl';

export async function expectScene(page: Page, n: number) {
  await expect(page.getByTestId('story-progress')).toHaveText(`Scene ${n} of ${scenes.length}`);
  await expect(page.getByRole('heading', { level: 2, name: scenes[n - 1]!.title })).toBeVisible();
}

/**
 * Starts presenting from the explorer. The keys and buttons work before MapLibre has arrived
 * (first-paint.spec.ts), so only tests about the map itself wait for it (`settled`).
 */
export async function present(page: Page, { settled = false } = {}) {
  if (settled) await openExplorer(page);
  else await openApp(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expectScene(page, 1);
}

/** Each scene redraws a MapLibre map in software; the simplified map draws the same scenes for a tenth of that. */
export const simplifiedMap = withoutWebGl;

/**
 * A point where the live map shows `name` under the pointer, found as a person finds it: by
 * pointing and reading the tooltip. Nothing here knows how the app frames its scenes.
 */
export async function pointOver(page: Page, name: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('map').boundingBox())!;
  // A coarse grid: each move repaints the hover in software, a fraction of a second under load.
  for (let row = 1; row < 4; row++) {
    for (let col = 1; col < 8; col++) {
      const point = { x: box.x + (box.width * col) / 8, y: box.y + (box.height * row) / 4 };
      await page.mouse.move(point.x, point.y);
      // The map handles the move as it is dispatched and the panel renders in a microtask, so
      // by the next round trip the tooltip is this point's, not the last one's.
      const shown = await page.evaluate(() => document.querySelector('[data-testid="map-tooltip"]')?.textContent ?? '');
      if (shown.includes(name)) return point;
    }
  }
  throw new Error(`no point on the map shows ${name} under the pointer`);
}
