// A reader clicking through places for an afternoon must not grow the page without bound:
// 200 select/deselect cycles through the panel leave the JS heap within 10 % of where it was.
import type { CDPSession, Locator, Page } from '@playwright/test';
import { openExplorer } from '../support/driver';
import { expect, test } from '../support/fixtures';

/**
 * At least 20 warm-up cycles, and at least one visit to every place: each place's camera fit loads
 * map tiles into MapLibre's cache, so until each has been visited the heap grows by design (about
 * 2 MB over the first pass here, then flat).
 */
const MIN_WARM_UP = 20;
const CYCLES = 200;
// Instant camera fits and a smaller canvas: the test is about what a selection leaves behind, not
// about animation or SwiftShader's drawing time.
test.use({ reducedMotion: 'reduce', viewport: { width: 960, height: 640 } });

/** JS heap in use after a full garbage collection (twice: finalisers can free more on the second pass). */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Performance.getMetrics gave no JSHeapUsedSize');
  return used;
}

/** Selects a place from the overview list, then goes back to the overview, as a reader would. */
async function cycle(page: Page, places: Locator, names: string[], index: number): Promise<void> {
  const name = names[index % names.length]!;
  await places.and(page.getByRole('button', { name, exact: true })).click();
  await expect(page.getByRole('complementary', { name, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to overview' }).click();
  await expect(page.getByRole('complementary', { name: 'Overview' })).toBeVisible();
}

test(`${CYCLES} select/deselect cycles leave the JS heap within 10 % of where it started`, async ({ page }) => {
  test.setTimeout(300_000);
  expect(await openExplorer(page)).toBe('idle');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // The overview's list of places: one button per place, in the "Places in the sources" section.
  const places = page
    .getByRole('complementary', { name: 'Overview' })
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Places in the sources' }) })
    .getByRole('listitem')
    .getByRole('button');
  const names = (await places.allTextContents()).map((n) => n.trim());
  expect(names.length, 'place buttons in the overview').toBeGreaterThan(5);

  for (let i = 0; i < Math.max(MIN_WARM_UP, names.length); i++) await cycle(page, places, names, i);
  const start = await heapAfterGc(cdp);
  for (let i = 0; i < CYCLES; i++) await cycle(page, places, names, i);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 60_000 });
  const end = await heapAfterGc(cdp);

  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
  test.info().annotations.push({ type: 'JS heap', description: `${mb(start)} after warm-up → ${mb(end)} after ${CYCLES} cycles` });
  expect(end, `JS heap after ${CYCLES} cycles (${mb(end)}) vs after warm-up (${mb(start)})`).toBeLessThanOrEqual(start * 1.1);
});
