import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openExplorer } from './support/driver';
import { decodePng } from './support/png';

const HOST_PAGES = new URL('./fixtures/host/', import.meta.url);
const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const HEIGHT_MESSAGE = 'balkan-routes:height';

/**
 * The static server only serves dist/, so host pages are answered here: /__host/<name> is
 * tests/fixtures/host/<name>, unless `pages` gives that URL's HTML (any origin, for the forgers).
 */
async function serveHostPages(page: Page, pages: Record<string, string> = {}): Promise<void> {
  await page.route('**/__host/*', (route) => {
    const url = new URL(route.request().url());
    const body = pages[url.href] ?? readFileSync(new URL(url.pathname.slice('/__host/'.length), HOST_PAGES), 'utf8');
    return route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
  });
}

/** `http://127.0.0.1:4319` → [that origin, the same server as another origin: `http://localhost:4319`]. */
function origins(baseURL: string | undefined): [string, string] {
  const app = new URL(baseURL ?? 'http://127.0.0.1:4319');
  return [app.origin, `${app.protocol}//localhost:${app.port}`];
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The embedded explorer's frame, once its map has settled. */
async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('?embed'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('?embed'))!;
  await frame.locator('[data-testid="map"][data-map-state="idle"]').waitFor();
  return frame;
}

/** What the embed measures and posts: its root element's height. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

async function axeViolations(page: Page, context: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ({ context, tags }) => {
      type Result = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
      const { axe } = window as unknown as { axe: { run(c: string, o: object): Promise<Result> } };
      const { violations } = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { context, tags: WCAG_TAGS },
  );
}

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

test('the host script ignores forged, misdirected and malformed height messages', async ({ page, baseURL }) => {
  const [app, elsewhere] = origins(baseURL);
  const forged = `{ type: '${HEIGHT_MESSAGE}', height: 1234, id: 'a' }`;
  const post = `<script>parent.postMessage(${forged}, '*'); document.title = 'posted';</script>`;
  await serveHostPages(page, {
    // Marked as ours, but navigates away to another origin before posting: origin ≠ its src's origin.
    [`${app}/__host/relay.html`]: `<script>location.replace('${elsewhere}/__host/forger.html')</script>`,
    [`${elsewhere}/__host/forger.html`]: post,
    // Right origin, right shape, but not a frame the host marked as ours.
    [`${app}/__host/unmarked.html`]: post,
    [`${app}/__host/forgery.html`]: readFileSync(new URL('iframe.html', HOST_PAGES), 'utf8').replace(
      '</main>',
      '<iframe data-balkan-routes id="relay" title="Relay" src="/__host/relay.html" height="150"></iframe>' +
        '<iframe id="unmarked" title="Unmarked" src="/__host/unmarked.html" height="150"></iframe></main>',
    ),
  });
  await page.goto('/__host/forgery.html');
  const iframe = page.locator('iframe[src*="?embed"]');
  const frame = await embedFrame(page);
  const height = await contentHeight(frame);
  await expect(iframe).toHaveAttribute('height', String(height));
  for (const name of ['/forger.html', '/unmarked.html']) {
    await expect.poll(async () => page.frames().find((f) => f.url().includes(name))?.title()).toBe('posted');
  }

  // Every value the host script writes from here on.
  await page.evaluate(() => {
    const written: string[] = [];
    (window as unknown as { written: string[] }).written = written;
    new MutationObserver((records) => records.forEach((r) => written.push(`${(r.target as Element).id || 'embed'}:${(r.target as Element).getAttribute('height')}`)))
      .observe(document.body, { subtree: true, attributeFilter: ['height'] });
  });
  await page.evaluate((message) => window.postMessage(message, '*'), { type: HEIGHT_MESSAGE, height: 1234, id: 'a' });
  await frame.evaluate((type) => {
    const bad: unknown[] = [
      { type, height: 99 }, { type, height: 10001 }, { type, height: '600' }, { type, height: Number.NaN },
      { type, height: Number.POSITIVE_INFINITY }, { type: 'balkan-routes:Height', height: 601 }, { height: 602 },
      { type, height: 603, extra: true }, { type, height: 604, id: 5 }, type, null, [type, 605],
    ];
    for (const message of bad) parent.postMessage(message, '*');
    // A good message last: once it is applied, every message before it has been handled.
    parent.postMessage({ type, height: 777, id: 'a' }, '*');
  }, HEIGHT_MESSAGE);
  await expect(iframe).toHaveAttribute('height', '777');
  // The embed may re-post its own height (embed.js asks on start); nothing else may get through.
  const written = await page.evaluate(() => (window as unknown as { written: string[] }).written);
  expect(written.filter((w) => w !== `embed:${height}`)).toEqual(['embed:777']);
  await expect(page.locator('#relay')).toHaveAttribute('height', '150');
  await expect(page.locator('#unmarked')).toHaveAttribute('height', '150');
});

test('the web component draws its map inside a shadow root the host page’s CSS cannot reach', async ({ page, baseURL }) => {
  const [app] = origins(baseURL);
  await serveHostPages(page);
  await page.goto('/__host/component.html');
  const component = page.locator('balkan-routes-map');
  // The map only settles once the worker, found beside balkan-routes.js, has loaded the data.
  await expect(component.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });

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
  const { rgba } = decodePng(await component.locator('canvas.maplibregl-canvas').screenshot());
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

for (const width of [320, 800]) {
  test(`the embed at ${width} px has no axe violations (WCAG 2.2 A and AA)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    expect(await openExplorer(page, 'embed&select=XK')).toBe('idle');
    expect(await axeViolations(page, 'body')).toEqual([]);
  });
}

test('the Embed dialog gives the current view as HTML to copy, and returns focus when closed', async ({ page, context, baseURL }) => {
  const app = escapeRegExp(origins(baseURL)[0]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, 'select=XK&year=2002');
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
