// User-level helpers so specs read as what a person does with the explorer.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

export type MapState = 'idle' | 'unavailable';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Opens the explorer at `/?query` and waits until the map has settled: the app
 * sets data-map-state="idle" on [data-testid=map] after MapLibre's `idle` with
 * all layers loaded, or "unavailable" when WebGL is missing. Bounded by the
 * test timeout.
 */
export async function openExplorer(page: Page, query = ''): Promise<MapState> {
  await page.goto(`/?${query}`);
  const map = page.getByTestId('map');
  await map.and(page.locator('[data-map-state="idle"], [data-map-state="unavailable"]')).waitFor();
  return (await map.getAttribute('data-map-state')) as MapState;
}

/**
 * Counts screenshot pixels within ±6 per channel of any of `hexColours`
 * (#rgb or #rrggbb), optionally inside `clip` (CSS pixels).
 */
export async function rolePixelCount(page: Page, hexColours: readonly string[], clip?: Rect): Promise<number> {
  const targets = hexColours.map(parseHex);
  const { data: rgba } = PNG.sync.read(await page.screenshot(clip ? { clip } : {}));
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const r = rgba[i]!;
    const g = rgba[i + 1]!;
    const b = rgba[i + 2]!;
    if (targets.some(([tr, tg, tb]) => Math.abs(r - tr) <= 6 && Math.abs(g - tg) <= 6 && Math.abs(b - tb) <= 6)) {
      count++;
    }
  }
  return count;
}

function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`not a hex colour: ${hex}`);
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
}
