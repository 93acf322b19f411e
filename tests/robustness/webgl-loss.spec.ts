// Losing the WebGL context (a GPU reset, a driver update, too many tabs) must not lose the map:
// once the context is restored, every layer and the selection are drawn again as before.
import type { Page } from '@playwright/test';
import { theme } from '../../src/symbols/theme';
import { openExplorer, rolePixelCount, SETTLE, type Rect } from '../support/driver';
import { expect, test } from '../support/fixtures';

/** The selection outline and the role fills: a selection dims its country's fill and outlines it. */
const SIGNATURE = [theme.selection, ...Object.values(theme.roles)];

/** Pixels of each signature colour on the map: stable when labels only shift, changed by a selection. */
async function signature(page: Page, clip: Rect): Promise<number[]> {
  return Promise.all(SIGNATURE.map((colour) => rolePixelCount(page, [colour], clip)));
}

/** Whether two signatures agree within `share` of each count (plus a few stray pixels). */
const close = (a: number[], b: number[], share: number) => a.every((n, i) => Math.abs(n - b[i]!) <= share * Math.max(n, b[i]!) + 50);

/** Calls WEBGL_lose_context on the map's own context: `lose` drops it, `restore` gives it back. */
function context(page: Page, action: 'lose' | 'restore'): Promise<void> {
  return page.evaluate((which) => {
    const holder = window as unknown as { __loseContext?: WEBGL_lose_context };
    if (which === 'lose') {
      // getContext on a canvas that has one returns that same context: MapLibre's.
      const gl = document.querySelector<HTMLCanvasElement>('[data-testid=map] canvas')?.getContext('webgl2');
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!extension) throw new Error('no WebGL 2 context with WEBGL_lose_context on the map canvas');
      holder.__loseContext = extension;
      extension.loseContext();
    } else {
      holder.__loseContext?.restoreContext();
    }
  }, action);
}

test('after a lost and restored WebGL context the map redraws every layer and keeps the selection', async ({ page }) => {
  // Two full redraws and three pixel signatures: 34 s measured on 2 loaded cores.
  test.slow();
  expect(await openExplorer(page, 'select=XK')).toBe('idle');
  const map = page.getByTestId('map');
  const clip: Rect = (await map.boundingBox())!;
  const before = await signature(page, clip);

  await context(page, 'lose');
  await expect(map).toHaveAttribute('data-map-state', 'loading');
  await context(page, 'restore');
  await expect(map).toHaveAttribute('data-map-state', 'idle', SETTLE);

  for (const [role, colour] of Object.entries(theme.roles)) {
    expect(await rolePixelCount(page, [colour], clip), `${role} (${colour}) pixels after the restore`).toBeGreaterThan(20);
  }
  const after = await signature(page, clip);
  expect(close(before, after, 0.15), `selection and role pixels ${SIGNATURE.join(', ')}: before ${before}, after restore ${after}`).toBe(true);

  // And the selection is part of what came back: clearing it now changes those pixels.
  await page.getByRole('button', { name: 'Back to overview' }).click();
  await expect(page.getByRole('complementary', { name: 'Overview' })).toBeVisible();
  await expect.poll(async () => close(after, await signature(page, clip), 0.25), { message: 'clearing the restored selection changes the map' }).toBe(false);
});
