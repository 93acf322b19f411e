/**
 * Retakes the README's screenshots from the built app: `npm run build && npm run screenshots`.
 * Serves dist/ on loopback with the test server and drives Debian's Chromium.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../support/serve';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS: { file: string; query: string; width: number; height: number }[] = [
  { file: 'desktop-overview.png', query: '', width: 1280, height: 800 },
  { file: 'desktop-kosovo.png', query: 'select=XK', width: 1280, height: 800 },
  { file: 'desktop-story.png', query: 'story=5', width: 1280, height: 800 },
  { file: 'phone-kosovo.png', query: 'select=XK', width: 390, height: 844 },
  { file: 'phone-overview.png', query: '', width: 390, height: 844 },
];

const server = await serveDirectory(join(ROOT, 'dist'));
try {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(`${server.origin}/?${shot.query}`);
    await page.waitForSelector('[data-map-state=idle]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ROOT, 'tests', 'screenshots', shot.file) });
    await page.close();
    console.log(`tests/screenshots/${shot.file}`);
  }
  await browser.close();
} finally {
  await server.close();
}
