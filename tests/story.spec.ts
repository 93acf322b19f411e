// The presentation as a presenter drives it: clicker and keyboard, a link to a scene, the audience
// clicking the map, projector-sized type and an accessibility audit of the presenting state.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openExplorer } from './support/driver';
import { scenes } from '../src/story/scenes';
import { mercator, WORLD_PX_AT_ZOOM_0, type LngLat } from '../src/svgmap/project';

const SCREEN = { width: 1920, height: 1080 };
// A projector's resolution, and no camera animation, so the map is where the scene put it.
test.use({ viewport: SCREEN, reducedMotion: 'reduce' });
// SwiftShader draws a 1920 × 1080 map slowly, and each scene redraws it.
test.describe.configure({ timeout: 120_000 });

async function expectScene(page: Page, n: number) {
  await expect(page.getByTestId('story-progress')).toHaveText(`Scene ${n} of ${scenes.length}`);
  await expect(page.getByRole('heading', { level: 2, name: scenes[n - 1]!.title })).toBeVisible();
}

async function present(page: Page) {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expectScene(page, 1);
}

/** The camera the map reports (it writes it to the link once it settles). */
async function mapCamera(page: Page): Promise<{ center: LngLat; zoom: number }> {
  await expect.poll(() => /[?&]camera=/.test(page.url())).toBe(true);
  const [lng, lat, zoom] = new URL(page.url()).searchParams.get('camera')!.split(',').map(Number) as [number, number, number];
  return { center: [lng, lat], zoom };
}

/** Where a place is drawn on the map as it now is, projected as MapLibre does. */
async function screenPoint(page: Page, at: LngLat): Promise<{ x: number; y: number }> {
  const camera = await mapCamera(page);
  const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.center);
  const [px, py] = mercator(at);
  return { x: SCREEN.width / 2 + (px - cx) * worldPx, y: SCREEN.height / 2 + (py - cy) * worldPx };
}

test('the clicker and the keyboard step through the scenes', async ({ page }) => {
  await present(page);
  await page.keyboard.press('PageDown');
  await expectScene(page, 2);
  await page.keyboard.press('ArrowRight');
  await expectScene(page, 3);
  await page.keyboard.press('Space');
  await expectScene(page, 4);
  await page.keyboard.press('PageUp');
  await expectScene(page, 3);
  await page.keyboard.press('ArrowLeft');
  await expectScene(page, 2);
  await page.keyboard.press('End');
  await expectScene(page, scenes.length);
  await page.keyboard.press('PageDown'); // past the end: stays on the last scene
  await expectScene(page, scenes.length);
  await page.keyboard.press('Home');
  await expectScene(page, 1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('story-progress')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('every next and previous key of the key map, as PowerPoint and reveal.js have them', async ({ page }) => {
  await present(page);
  let n = 1;
  for (const key of ['ArrowDown', 'n', 'N', 'Enter']) {
    await page.keyboard.press(key);
    await expectScene(page, ++n);
  }
  for (const key of ['ArrowUp', 'Backspace', 'p', 'P']) {
    await page.keyboard.press(key);
    await expectScene(page, --n);
  }
  await page.keyboard.press('Shift+Space');
  await expectScene(page, 1);
});

test('B or . blacks the screen, W or , whites it, and any key brings the same scene back', async ({ page }) => {
  await present(page);
  await page.keyboard.press('PageDown');
  await expectScene(page, 2);
  const blank = page.getByTestId('blank-screen');
  for (const [key, colour, back] of [['b', 'black', 'PageDown'], ['.', 'black', 'x'], ['w', 'white', 'Escape'], [',', 'white', 'b']] as const) {
    await page.keyboard.press(key);
    await expect(blank).toHaveAttribute('data-blank', colour);
    const shot = await page.screenshot({ clip: { x: 100, y: 100, width: 20, height: 20 } });
    expect(shot.equals(await page.screenshot({ clip: { x: 900, y: 500, width: 20, height: 20 } })), 'one colour across the screen').toBe(true);
    // The key that brings the scene back does only that: no step, no leaving, no new blank.
    await page.keyboard.press(back);
    await expect(blank).toHaveCount(0);
    await expectScene(page, 2);
  }
});

test('a number then Enter jumps to that scene; Backspace corrects the number', async ({ page }) => {
  await present(page);
  await page.keyboard.press('5');
  await expect(page.getByRole('status').filter({ hasText: 'Go to scene 5' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectScene(page, 5);
  await page.keyboard.press('2');
  await page.keyboard.press('7');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expectScene(page, 2);
  // Past the end: the last scene.
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expectScene(page, scenes.length);
});

test('F5 starts presenting instead of reloading; Esc leaves; F5 again resumes where it left off', async ({ page }) => {
  await openExplorer(page);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  await page.keyboard.press('F5');
  await expectScene(page, 1);
  await page.keyboard.press('End');
  await expectScene(page, scenes.length);
  await page.keyboard.press('F5'); // already presenting: nothing happens
  await expectScene(page, scenes.length);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('story-progress')).toHaveCount(0);
  await page.keyboard.press('Shift+F5');
  await expectScene(page, scenes.length);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('? lists every key; any key closes the list and does nothing else', async ({ page }) => {
  await present(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Presentation keys' });
  await expect(help).toBeVisible();
  for (const key of ['Page Down', 'Backspace', 'a number, then Enter', 'B or .', 'W or ,', 'F5, Shift+F5', 'Esc']) {
    await expect(help.getByRole('cell', { name: key, exact: false }).first()).toBeVisible();
  }
  await page.keyboard.press('PageDown');
  await expect(help).toHaveCount(0);
  await expectScene(page, 1);
});

test('the map keys pan and zoom the map only when not presenting', async ({ page }) => {
  await present(page);
  const zoomInUrl = async () => (await mapCamera(page)).zoom;
  const presentingZoom = await zoomInUrl();
  await page.getByRole('region', { name: /^Map/ }).locator('canvas').focus();
  await page.keyboard.press('Equal'); // "=" / "+": MapLibre's keyboard zoom
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('story-progress')).toHaveCount(0);
  expect(await zoomInUrl()).toBe(presentingZoom);
  await page.getByRole('region', { name: /^Map/ }).locator('canvas').focus();
  await page.keyboard.press('Equal');
  await expect.poll(zoomInUrl).toBeGreaterThan(presentingZoom);
});

test('the buttons and the scene dots work too, and the scene is announced', async ({ page }) => {
  await present(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expectScene(page, 2);
  await page.getByRole('button', { name: `Scene 5: ${scenes[4]!.title}` }).click();
  await expectScene(page, 5);
  await expect(page.locator('[aria-live="polite"]', { hasText: scenes[4]!.title })).toHaveText(`Scene 5 of ${scenes.length}: ${scenes[4]!.title}`);
  await page.getByRole('button', { name: 'Previous' }).click();
  await expectScene(page, 4);
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(page.getByTestId('story-progress')).toHaveCount(0);
});

// Links count scenes from 1, as people do: ?story=3 is the third scene (store index 2).
test('?story=3 opens the third scene, and the link follows the presenter', async ({ page }) => {
  await openExplorer(page, 'story=3');
  await expectScene(page, 3);
  await page.keyboard.press('PageDown');
  await expectScene(page, 4);
  await expect(page).toHaveURL(/[?&]story=4(&|$)/);
});

test('"Resume story" appears when the audience clicks another place, and brings the scene back', async ({ page }) => {
  await present(page);
  const resume = page.getByRole('button', { name: 'Resume story' });
  await expect(resume).toHaveCount(0);
  // Scene 1 selects Kosovo; a click in the middle of Romania selects Romania instead.
  const romania = await screenPoint(page, [24.6, 45.6]);
  await page.mouse.click(romania.x, romania.y);
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(resume).toHaveCount(0);
  await expectScene(page, 1);
});

test('captions are projector-sized at 1920 × 1080', async ({ page }) => {
  await present(page);
  for (let n = 1; n <= scenes.length; n++) {
    if (n > 1) await page.keyboard.press('PageDown');
    await expectScene(page, n);
    const size = await page.locator('.story__caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size, `caption font size in scene ${n}`).toBeGreaterThanOrEqual(24);
  }
});

test('the presenting state has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
  await present(page);
  await page.keyboard.press('PageDown');
  await expectScene(page, 2);
  await expect(page.getByRole('region', { name: scenes[1]!.title })).toBeVisible();
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect(violations).toEqual([]);
});
