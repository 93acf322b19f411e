// User-level helpers so specs read as what a person does with the explorer. `explorer(page)` is
// the driver in Maputnik's shape (given / when / then, and `get` for what a person can see), and
// finds everything by role and accessible name, as assistive technology does.
import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { withoutWebGl } from './without-webgl';

export type MapState = 'idle' | 'unavailable';

/**
 * How long the map may take to settle (first idle, or after a selection or a restored context):
 * SwiftShader draws on the CPU, and with 2 cores shared by four test runs (load average 20) a
 * settle was measured at up to 20 s. Every wait for the map uses this one bound.
 */
export const SETTLE = { timeout: 30_000 };

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
 * Opens the explorer at `/?query` and waits for the app, not the map: the side panel (or the
 * scene, when the link starts a presentation). The panel, search, reader, table and keys work
 * before MapLibre arrives (first-paint.spec.ts), so tests about them need not pay for a settled
 * map; MapLibre still loads behind them, and the test ends sooner.
 */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/?${query}`);
  await page.getByRole('complementary').or(page.getByTestId('story-progress')).first().waitFor();
}

/**
 * Shows `/?query` as Back and Forward do, without reloading: the app re-reads the address on
 * popstate, so the map already started stays (one MapLibre start for several states).
 */
export async function showByHistory(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q ? `/?${q}` : '/');
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/**
 * Counts screenshot pixels within ±`tolerance` (6) per channel of any of `hexColours`
 * (#rgb or #rrggbb), optionally inside `clip` (CSS pixels).
 */
export async function rolePixelCount(page: Page, hexColours: readonly string[], clip?: Rect, tolerance = 6): Promise<number> {
  const targets = hexColours.map(parseHex);
  const { data: rgba } = PNG.sync.read(await page.screenshot(clip ? { clip } : {}));
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const r = rgba[i]!;
    const g = rgba[i + 1]!;
    const b = rgba[i + 2]!;
    if (targets.some(([tr, tg, tb]) => Math.abs(r - tr) <= tolerance && Math.abs(g - tg) <= tolerance && Math.abs(b - tb) <= tolerance)) {
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

/** The driver: `const { given, when, then, get } = explorer(page)`. */
export function explorer(page: Page) {
  const get = {
    /** The side panel, named by what it shows: 'Overview', a place's name, 'Source reader'. */
    panel: (name: string) => page.getByRole('complementary', { name, exact: true }),
    /** Whichever side panel is showing. */
    anyPanel: () => page.getByRole('complementary'),
    button: (name: string | RegExp, within: Page | Locator = page) => within.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name }),
    search: () => page.getByRole('combobox', { name: /search/i }),
    layerSwitch: (name: string) => page.getByRole('checkbox', { name, exact: true }),
    map: () => page.getByRole('region', { name: /^Map of trafficking routes/ }),
    legend: () => page.getByRole('region', { name: 'Legend and layers' }),
    /** The polite notices (bad links, missing WebGL). */
    notices: () => page.getByRole('status').getByRole('paragraph'),
    firstTable: () => page.getByRole('table').first(),
  };
  const given = {
    /** The explorer open at `/?query`, its map settled (or known to be unavailable). */
    explorerAt: (query = '') => openExplorer(page, query),
    /** The explorer open at `/?query`, its panel up; the map may still be loading. */
    explorerReady: (query = '') => openApp(page, query),
    /** A browser without WebGL: call before the page loads. */
    noWebGl: () => withoutWebGl(page),
  };
  const when = {
    click: (locator: Locator) => locator.click(),
    /** Types into search and takes the best match with Enter. */
    searchFor: async (text: string) => {
      await get.search().fill(text);
      await get.search().press('Enter');
    },
    /** Picks a place from the overview's list. */
    choosePlace: (name: string) => get.button(name, get.panel('Overview')).click(),
    backToOverview: () => get.button(/back to overview/i).click(),
    openReader: () =>
      get
        .button(/Read the source/, get.anyPanel())
        .first()
        .click(),
    openTable: () => get.button('Table').click(),
  };
  const then = {
    panelShows: (name: string) => expect(get.panel(name)).toBeVisible(),
    mapIs: (state: 'idle' | 'loading' | 'unavailable') => expect(page.getByTestId('map')).toHaveAttribute('data-map-state', state, SETTLE),
    tableShows: (text: string) => expect(get.firstTable()).toContainText(text),
  };
  return { given, when, then, get };
}
