// The presentation as a presenter drives it: clicker and keyboard, a link to a scene, the audience
// clicking the map, projector-sized type and an accessibility audit of the presenting state.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { openExplorer } from './support/driver';
import { scenes } from '../src/story/scenes';
import { framedCamera } from '../src/story/frame';
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

/** Where a place is drawn while the scene is shown: the framed camera, projected as MapLibre does. */
function screenPoint(sceneIndex: number, at: LngLat): { x: number; y: number } {
  const camera = framedCamera(scenes[sceneIndex]!.camera, SCREEN);
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
  const romania = screenPoint(0, [24.6, 45.6]);
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
  const violations = await axeViolations(page);
  expect(violations).toEqual([]);
});
