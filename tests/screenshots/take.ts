/**
 * Retakes the screenshots in tests/screenshots/ from the built app, to be looked at:
 * `npm run build && npm run screenshots`. The README's views, the claims views (Bosnia as illegal
 * immigration, the map at 2002), and every story scene at the smallest and largest projector.
 * Serves dist/ on loopback with the test server and drives Debian's Chromium.
 * `npm run screenshots -- phone320` retakes only the files whose name contains "phone320";
 * SHOT_PORT moves the server.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { scenes } from '../../src/data/scenes';
import { CHROMIUM } from '../support/chromium';
import { serveDirectory } from '../support/serve';
import { withoutWebGl } from '../support/without-webgl';

const ROOT = join(import.meta.dirname, '..', '..');
/** `webgl: false` takes the shot as a browser without WebGL 2 sees the page (the SVG map). */
const SHOTS: { file: string; query: string; width: number; height: number; webgl?: false }[] = [
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
  { file: 'no-webgl.png', query: '', width: 1280, height: 800, webgl: false },
  { file: 'no-webgl-kosovo-phone320.png', query: 'select=XK', width: 320, height: 640, webgl: false },
  { file: 'no-webgl-story-2-1024.png', query: 'story=2', width: 1024, height: 768, webgl: false },
  ...['', 'select=XK', 'select=tpiu', 'select=tpiu-raids-2003', 'view=table', 'view=reader', 'story=1', 'embed', 'embed&select=XK'].map((query) => ({
    file: `phone320-${query.replace(/[=&]/g, '-') || 'overview'}.png`, query, width: 320, height: 640,
  })),
  { file: 'phone390-kosovo-half.png', query: 'select=XK', width: 390, height: 844 },
  { file: 'desktop-print.png', query: 'select=XK', width: 1280, height: 800 },
  { file: 'embed800-dark-kosovo.png', query: 'embed&theme=dark&select=XK', width: 800, height: 700 },
];
const only = process.argv[2];

const server = await serveDirectory(join(ROOT, 'dist'));
try {
  const browser = await chromium.launch(CHROMIUM);
  for (const shot of SHOTS.filter((s) => only === undefined || s.file.includes(only))) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce' });
    if (shot.webgl === false) await withoutWebGl(page);
    await page.goto(`${server.origin}/?${shot.query}`);
    await page.waitForSelector(`[data-map-state=${shot.webgl === false ? 'unavailable' : 'idle'}]`, { state: 'attached', timeout: 60_000 });
    if (shot.file.includes('-half')) await page.getByRole('slider', { name: 'Panel size' }).press('ArrowUp');
    // Print media only once the page has settled, as a reader prints it: the print map is drawn for
    // the view on screen (print.spec.ts).
    if (shot.file.includes('print')) await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ROOT, 'tests', 'screenshots', shot.file) });
    await page.close();
    console.log(`tests/screenshots/${shot.file}`);
  }
  await browser.close();
} finally {
  await server.close();
}
