import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { axeViolations } from './support/axe';
import { openApp, SETTLE } from './support/driver';
import { expect, test } from './support/fixtures';

const HOST_PAGES = new URL('./fixtures/host/', import.meta.url);
const HEIGHT_MESSAGE = 'balkan-routes:height';

/** The static server only serves builds, so host pages are answered here: /__host/<name> is tests/fixtures/host/<name>. */
async function serveHostPages(page: Page): Promise<void> {
  await page.route('**/__host/*', (route) => {
    const url = new URL(route.request().url());
    const body = readFileSync(new URL(url.pathname.slice('/__host/'.length), HOST_PAGES), 'utf8');
    return route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
  });
}

const originOf = (baseURL: string | undefined) => new URL(baseURL!).origin;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The embedded explorer's frame, once its map has settled. */
async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('?embed'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('?embed'))!;
  await frame.locator('[data-testid="map"][data-map-state="idle"]').waitFor();
  return frame;
}

/** What the embed measures and posts: its root element's height. */
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

for (const width of [320, 800]) {
  test(`at ${width} px the host script sizes the iframe to the height the embed posts`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript((type) => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      addEventListener('message', (e) => (e.data as { type?: unknown })?.type === type && seen.push(e.data));
    }, HEIGHT_MESSAGE);
    await serveHostPages(page);
    await page.goto('/__host/iframe.html');
    const iframe = page.locator('iframe[data-balkan-routes]');
    const frame = await embedFrame(page);

    const height = await contentHeight(frame);
    expect(height).not.toBe(480);
    await expect(iframe).toHaveAttribute('height', String(height));
    await expect(iframe).toHaveCSS('height', `${height}px`);
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(seen).toContainEqual({ type: HEIGHT_MESSAGE, height, id: 'a' });

    // Sized to its content, the frame shows all of it: no scrolling either way.
    const scroll = await frame.evaluate(() => {
      const root = document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, scrollHeight: root.scrollHeight, clientHeight: root.clientHeight };
    });
    expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
    expect(scroll.scrollHeight).toBeLessThanOrEqual(scroll.clientHeight);
    await expect(frame.getByRole('heading', { level: 2, name: 'Kosovo' })).toBeVisible();
    await expect(frame.getByText(/^Sources: HC Deb 08 July 2002 vol 388 cc741-2W \[65708\]; FCO supplementary/)).toBeVisible();
    // Cooperative gestures: a wheel over the map scrolls the host page unless Ctrl is held.
    await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toBeAttached();
    const open = frame.getByRole('link', { name: 'Open full explorer (opens in a new tab)' });
    await expect(open).toHaveAttribute('href', /^\/\?select=XK(&|$)/);
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', 'noopener');
  });
}

// Forged, misdirected and malformed height messages: robustness/embed-messages.spec.ts.

test('the web component draws its map inside a shadow root the host page’s CSS cannot reach', async ({ page, baseURL }) => {
  const app = originOf(baseURL);
  await serveHostPages(page);
  await page.goto('/__host/component.html');
  const component = page.locator('balkan-routes-map');
  // The map only settles once the worker, found beside balkan-routes.js, has loaded the data.
  await expect(component.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', SETTLE);

  // The host keeps its own styles, and gained no stylesheet from us.
  await expect(page.locator('#host-paragraph')).toHaveCSS('color', 'rgb(255, 0, 0)');
  await expect(page.locator('#host-button')).toHaveCSS('font-size', '40px');
  expect(await page.locator('head style, head link[rel="stylesheet"]').count()).toBe(1);

  // Inside, our styles apply and the host's `div, p, button`, `.maplibregl-map` and `h2, aside` rules do not.
  const inside: [Locator, string, string][] = [
    [component.locator('.embed__title'), 'font-size', '19px'],
    [component.locator('.embed__title'), 'color', 'rgb(27, 31, 36)'],
    [component.locator('.embed__credit'), 'font-size', '12px'],
    [component.locator('.embed__credit'), 'color', 'rgb(74, 82, 92)'],
    [component.locator('.maplibregl-map'), 'display', 'block'],
    [component.locator('.maplibregl-map'), 'position', 'absolute'], // map.css over MapLibre's own CSS: both are in
    [component.getByRole('button', { name: 'Zoom in' }), 'width', '32px'],
    [component.locator('.panel'), 'display', 'flex'],
  ];
  for (const [locator, property, value] of inside) await expect(locator).toHaveCSS(property, value);
  await expect(component.getByRole('heading', { level: 2, name: 'Kosovo' })).toBeVisible();

  // MapLibre drew something: a blank canvas is one colour.
  const { data: rgba } = PNG.sync.read(await component.locator('canvas.maplibregl-canvas').screenshot());
  const colours = new Set<number>();
  for (let i = 0; i < rgba.length; i += 4 * 7) colours.add((rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!);
  expect(colours.size).toBeGreaterThan(20);

  await expect(component.getByRole('link', { name: /Open full explorer/ })).toHaveAttribute('href', new RegExp(`^${escapeRegExp(app)}/\\?select=XK`));
  // Attributes keep driving the view after the first render.
  await component.evaluate((el) => {
    el.setAttribute('year', '2002');
    el.setAttribute('height', '300');
  });
  await expect(component.getByRole('heading', { level: 1 })).toHaveText('Trafficking routes in the Balkans, 2000–2002');
  await expect(component.locator('.embed__map')).toHaveCSS('height', '300px');

  // One store per page: a second element says so instead of fighting the first for it.
  await page.evaluate(() => document.body.append(document.createElement('balkan-routes-map')));
  await expect(page.locator('balkan-routes-map').nth(1)).toHaveText(/Only one Balkan Routes map can be shown per page/);
  await expect(component.getByTestId('map')).toBeVisible();
});

// The settled embed's axe audit at 320 and 800 px: embed-fit.spec.ts.

test('the Embed dialog gives the current view as HTML to copy, and returns focus when closed', async ({ page, context, baseURL }) => {
  const app = escapeRegExp(originOf(baseURL));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, 'select=XK&year=2002'); // the iframe and component snippets are the store's
  const button = page.getByRole('button', { name: 'Embed' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole('textbox', { name: 'HTML to paste' });
  await expect(code).toHaveValue(new RegExp(`^<iframe data-balkan-routes src="${app}/\\?embed&amp;select=XK&amp;year=2002`));
  await expect(code).toHaveValue(new RegExp(`\\n<script src="${app}/embed\\.js" async></script>$`));
  expect(await axeViolations(page, '.embed-dialog')).toEqual([]);

  await dialog.getByRole('radio', { name: /Web component/ }).check();
  await expect(code).toHaveValue(/<balkan-routes-map select="XK" year="2002"/);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<balkan-routes-map select="XK"');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
