// public/embed.js sizes an embedded explorer from its height messages. It must take them only
// from the frame's own window at the frame's own origin, and only in the documented shape
// ({ type: 'balkan-routes:height', height: 100…10000, id?: string | null }); the rest is ignored.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { serveDirectory, type Served } from '../support/serve';
import { expect, test } from '../support/fixtures';

const TYPE = 'balkan-routes:height';
const DIST = join(import.meta.dirname, '..', '..', 'dist');

let site = '';
let host: Served | undefined;
test.afterEach(async () => {
  await host?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/**
 * A host page with the built embed.js on its own loopback server (Chromium blocks a page that
 * is not on a local address from framing one that is), the explorer framed from the test server,
 * and a stranger's page at a third origin (the host server reached as "localhost").
 */
async function openHost(page: Page, explorerOrigin: string) {
  site = mkdtempSync(join(tmpdir(), 'embed-host-'));
  copyFileSync(join(DIST, 'embed.js'), join(site, 'embed.js'));
  host = await serveDirectory(site);
  const strangerPage = `http://localhost:${new URL(host.origin).port}/stranger.html`;
  writeFileSync(join(site, 'stranger.html'), '<!doctype html><title>Stranger</title>');
  writeFileSync(
    join(site, 'host.html'),
    `<!doctype html><title>Host</title>
    <iframe data-balkan-routes src="${explorerOrigin}/?embed=frame-a&select=XK" width="100%" height="300" title="Explorer"></iframe>
    <iframe id="stranger" src="${strangerPage}" title="Stranger"></iframe>
    <script src="embed.js"></script>`,
  );
  await page.goto(`${host.origin}/host.html`);
  // Every height the host ever gives the frame, so a hostile value that flickers in is caught too.
  await page.evaluate(() => {
    const frame = document.querySelector('iframe[data-balkan-routes]')!;
    const seen: string[] = ((window as unknown as { __heights: string[] }).__heights = []);
    new MutationObserver(() => seen.push(frame.getAttribute('height') ?? '')).observe(frame, { attributes: true, attributeFilter: ['height'] });
  });
  const frameOf = async (selector: string) => (await page.locator(selector).elementHandle())!.contentFrame() as Promise<Frame>;
  const [explorer, stranger] = await Promise.all([frameOf('iframe[data-balkan-routes]'), frameOf('#stranger')]);
  await expect(explorer.getByRole('complementary')).toBeVisible();
  const heights = () => page.evaluate(() => (window as unknown as { __heights: string[] }).__heights);
  return { explorer, stranger, strangerPage, heights };
}

test('the host script sizes the frame from its own messages and ignores every other one', async ({ page, baseURL }) => {
  const { explorer, stranger, strangerPage, heights } = await openHost(page, baseURL!);
  const frame = page.locator('iframe[data-balkan-routes]');

  // A well-formed message from the frame's window, at its origin, is applied as sent: the listener works.
  await explorer.evaluate((type) => parent.postMessage({ type, height: 777, id: 'frame-a' }, '*'), TYPE);
  await expect(frame).toHaveAttribute('height', '777');

  // Malformed shapes from the right window and origin; each carries a height no real report has.
  await explorer.evaluate((type) => {
    for (const data of [
      { type, height: '4001' },
      { type, height: Number.NaN },
      { type, height: Number.POSITIVE_INFINITY },
      { type, height: 99 },
      { type, height: 10_001 },
      { type, height: -4002 },
      { type, height: 4003, id: 7 },
      { type, height: 4004, id: null, extra: '<img src=x onerror=window.__pwned=1>' },
      { type: `${type}s`, height: 4005 },
      { type: type.toUpperCase(), height: 4006 },
      { height: 4007 },
      [type, 4008],
      JSON.stringify({ type, height: 4009 }),
      null,
      4010,
    ]) {
      parent.postMessage(data, '*');
    }
    // Messages from one window arrive in order: once this one is applied, all the above were handled.
    parent.postMessage({ type, height: 778, id: 'frame-a' }, '*');
  }, TYPE);
  await expect(frame).toHaveAttribute('height', '778');

  // Well-formed, but from the host's own window and from a stranger's frame.
  await page.evaluate((type) => window.postMessage({ type, height: 4011, id: null }, '*'), TYPE);
  await stranger.evaluate((type) => parent.postMessage({ type, height: 4012, id: 'frame-a' }, '*'), TYPE);
  await explorer.evaluate((type) => parent.postMessage({ type, height: 779, id: 'frame-a' }, '*'), TYPE);
  await expect(frame).toHaveAttribute('height', '779');

  // Well-formed, from the frame's own window after it has been navigated to another origin.
  await explorer.goto(strangerPage);
  await explorer.evaluate((type) => parent.postMessage({ type, height: 4013, id: 'frame-a' }, '*'), TYPE);
  // No later good message can mark this one handled (the frame is no longer ours): allow it time to land.
  await page.waitForTimeout(500);

  const hostile = (await heights()).filter((h) => !['777', '778', '779'].includes(h) && Number(h) > 4000);
  expect(hostile, 'heights set from hostile messages').toEqual([]);
  await expect(frame).toHaveAttribute('height', '779');
});
