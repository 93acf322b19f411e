/**
 * Retakes the screenshots in tests/screenshots/ from the built app, to be looked at:
 * `npm run build && npm run screenshots`. The README's views, the claims views (Bosnia as illegal
 * immigration, the map at 2002), and every story scene at the smallest and largest projector.
 * Serves dist/ on loopback with the test server and drives Debian's Chromium.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { scenes } from '../../src/story/scenes';
import { serveDirectory } from '../support/serve';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS: { file: string; query: string; width: number; height: number }[] = [
  { file: 'desktop-overview.png', query: '', width: 1280, height: 800 },
  { file: 'desktop-kosovo.png', query: 'select=XK', width: 1280, height: 800 },
  { file: 'desktop-story.png', query: 'story=5', width: 1280, height: 800 },
  { file: 'phone-kosovo.png', query: 'select=XK', width: 390, height: 844 },
  { file: 'phone-overview.png', query: '', width: 390, height: 844 },
  { file: 'desktop-bosnia.png', query: 'select=BA', width: 1280, height: 800 },
  { file: 'desktop-2002.png', query: 'year=2002', width: 1280, height: 800 },
  ...[1024, 1920].flatMap((width) => scenes.map((scene, i) => ({
    file: `story-${scene.id}-${width}.png`, query: `story=${i + 1}`, width, height: width === 1024 ? 768 : 1080,
  }))),
];

const server = await serveDirectory(join(ROOT, 'dist'));
try {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce' });
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
