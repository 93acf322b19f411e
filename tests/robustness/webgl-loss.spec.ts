// Losing the WebGL context (a GPU reset, a driver update, too many tabs) must not lose the map:
// once the context is restored, every layer and the selection are drawn again as before.
import type { Page } from '@playwright/test';
import { theme } from '../../src/map/theme';
import { openExplorer, rolePixelCount, type Rect } from '../support/driver';
import { decodePng } from '../support/png';
import { expect, test } from '../support/fixtures';

const IDLE = { timeout: 60_000 };

/** Share of pixels that differ by more than a faint anti-aliasing wobble between two same-size screenshots. */
function changedShare(a: Buffer, b: Buffer): number {
  const [pa, pb] = [decodePng(a), decodePng(b)];
  expect([pb.width, pb.height]).toEqual([pa.width, pa.height]);
  let changed = 0;
  for (let i = 0; i < pa.rgba.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(pa.rgba[i + c]! - pb.rgba[i + c]!) > 24)) changed++;
  }
  return changed / (pa.width * pa.height);
}

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
  test.setTimeout(120_000);
  expect(await openExplorer(page, 'select=XK')).toBe('idle');
  const map = page.getByTestId('map');
  const clip: Rect = (await map.boundingBox())!;
  const before = await page.screenshot({ clip });

  await context(page, 'lose');
  await expect(map).toHaveAttribute('data-map-state', 'loading');
  await context(page, 'restore');
  await expect(map).toHaveAttribute('data-map-state', 'idle', IDLE);
  const after = await page.screenshot({ clip });

  for (const [role, colour] of Object.entries(theme.roles)) {
    expect(await rolePixelCount(page, [colour], clip), `${role} (${colour}) pixels after the restore`).toBeGreaterThan(20);
  }
  const drift = changedShare(before, after);
  expect(drift, 'share of map pixels changed by the loss and restore').toBeLessThan(0.01);

  // The selection is part of what came back: clearing it now changes Kosovo's drawing, far more than the restore changed anything.
  await page.getByRole('button', { name: 'Back to overview' }).click();
  await expect(page.getByRole('complementary', { name: 'Overview' })).toBeVisible();
  // Polled: the map repaints on its next frame, and the state attribute stays "idle" throughout.
  await expect
    .poll(async () => changedShare(after, await page.screenshot({ clip })), { message: 'share of map pixels the selection accounts for' })
    .toBeGreaterThan(Math.max(10 * drift, 0.001));
});
