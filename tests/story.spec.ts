// The presentation as a presenter drives it: clicker and keyboard, a link to a scene, the audience
// clicking the map, projector-sized type and an accessibility audit of the presenting state.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { openApp, openExplorer, rolePixelCount, SETTLE } from './support/driver';
import { themes } from '../src/map/theme';
import { withoutWebGl } from './support/without-webgl';
import { scenes } from '../src/story/scenes';

// The smallest projector the presentation is made for; the keys, buttons and links do not depend
// on its size. What does (caption type, the audit, the map under the presenter's keys and the
// audience's clicks) is checked at 1920 × 1080 below. No camera animation (playwright.config.ts),
// so the map is where the scene put it.
test.use({ viewport: { width: 1024, height: 768 } });

async function expectScene(page: Page, n: number) {
  await expect(page.getByTestId('story-progress')).toHaveText(`Scene ${n} of ${scenes.length}`);
  await expect(page.getByRole('heading', { level: 2, name: scenes[n - 1]!.title })).toBeVisible();
}

/**
 * Starts presenting from the explorer. The keys and buttons work before MapLibre has arrived
 * (first-paint.spec.ts), so only tests about the map itself wait for it (`settled`).
 */
async function present(page: Page, { settled = false } = {}) {
  if (settled) await openExplorer(page);
  else await openApp(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expectScene(page, 1);
}

/** Each scene redraws a MapLibre map in software; the simplified map draws the same scenes for a tenth of that. */
const simplifiedMap = withoutWebGl;

/**
 * A point where the live map shows `name` under the pointer, found as a person finds it: by
 * pointing and reading the tooltip. Nothing here knows how the app frames its scenes.
 */
async function pointOver(page: Page, name: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('map').boundingBox())!;
  // A coarse grid: each move repaints the hover in software, a fraction of a second under load.
  for (let row = 1; row < 4; row++) {
    for (let col = 1; col < 8; col++) {
      const point = { x: box.x + (box.width * col) / 8, y: box.y + (box.height * row) / 4 };
      await page.mouse.move(point.x, point.y);
      // The map handles the move as it is dispatched and the panel renders in a microtask, so
      // by the next round trip the tooltip is this point's, not the last one's.
      const shown = await page.evaluate(() => document.querySelector('[data-testid="map-tooltip"]')?.textContent ?? '');
      if (shown.includes(name)) return point;
    }
  }
  throw new Error(`no point on the map shows ${name} under the pointer`);
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

  await test.step('every other next and previous key of the key map, as PowerPoint and reveal.js have them', async () => {
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

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('story-progress')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

// One presentation for the keys that do not step: each step starts where the last one left it.
// The key map is the app's, whichever map draws the scenes: MapLibre's own keys are tested below.
test('the keys beyond stepping: ? lists the keys, B/W blank the screen, a number jumps', async ({ page }) => {
  await simplifiedMap(page);
  await present(page);
  await test.step('? lists every key; any key closes the list and does nothing else', async () => {
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

  await test.step('B or . blacks the screen, W or , whites it, and any key brings the same scene back', async () => {
    await page.keyboard.press('PageDown');
    await expectScene(page, 2);
    const blank = page.getByTestId('blank-screen');
    for (const [key, colour, back] of [
      ['b', 'black', 'PageDown'],
      ['.', 'black', 'x'],
      ['w', 'white', 'Escape'],
      [',', 'white', 'b'],
    ] as const) {
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

  await test.step('a number then Enter jumps to that scene; Backspace corrects the number', async () => {
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
});

test('F5 starts presenting instead of reloading; Esc leaves; F5 again resumes where it left off', async ({ page }) => {
  await openApp(page);
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

test('the buttons and the scene dots work too, and the scene is announced', async ({ page }) => {
  await simplifiedMap(page);
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
  await simplifiedMap(page);
  await openApp(page, 'story=3');
  await expectScene(page, 3);
  await page.keyboard.press('PageDown');
  await expectScene(page, 4);
  await expect(page).toHaveURL(/[?&]story=4(&|$)/);
});

test.describe('at 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  // SwiftShader draws a settled 1920 × 1080 map and each scene's redraw slowly: the tests that
  // wait for it are marked slow (three times the default timeout).

  test('the map keys pan and zoom the map only when not presenting', async ({ page }) => {
    test.slow();
    await present(page, { settled: true });
    // The zoom the map writes to the link once it settles.
    const zoomInUrl = async () => {
      await expect.poll(() => /[?&]camera=/.test(page.url())).toBe(true);
      return Number(new URL(page.url()).searchParams.get('camera')!.split(',')[2]);
    };
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

  test('"Resume story" appears when the audience clicks another place, and brings the scene back', async ({ page }) => {
    test.slow();
    await present(page, { settled: true });
    const resume = page.getByRole('button', { name: 'Resume story' });
    await expect(resume).toHaveCount(0);
    // Scene 1 selects Kosovo; a click on Romania selects Romania instead.
    const romania = await pointOver(page, 'Romania');
    await page.mouse.click(romania.x, romania.y);
    await expect(page).toHaveURL(/[?&]select=RO(&|$)/);
    await expect(resume).toBeVisible();
    await resume.click();
    await expect(resume).toHaveCount(0);
    await expectScene(page, 1);
  });

  test('captions are projector-sized at 1920 × 1080', async ({ page }) => {
    await simplifiedMap(page);
    await present(page);
    for (let n = 1; n <= scenes.length; n++) {
      if (n > 1) await page.keyboard.press('PageDown');
      await expectScene(page, n);
      const caption = page.getByRole('region', { name: scenes[n - 1]!.title }).getByText(scenes[n - 1]!.caption);
      const size = await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size, `caption font size in scene ${n}`).toBeGreaterThanOrEqual(24);
    }
  });

  test('the presenting state has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    test.slow();
    // The audit covers the map's own controls and canvas, so the map is there first.
    await present(page, { settled: true });
    await page.keyboard.press('PageDown');
    await expectScene(page, 2);
    await expect(page.getByRole('region', { name: scenes[1]!.title })).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });
});

test('presenting begun while the map is still starting draws it in the projector theme', async ({ page }) => {
  // MapLibre has made its map but not loaded it until its worker arrives: hold the worker there.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(/\/assets\/maplibre-gl-worker-[\w-]+\.m?js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await present(page);
  await expect.poll(() => asked, { message: 'the map asked for its worker' }).toBe(true);
  release();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', SETTLE);
  const box = (await page.getByTestId('map').boundingBox())!;
  const sea = { x: box.x, y: box.y, width: box.width, height: box.height };
  const [projector, light] = [await rolePixelCount(page, [themes.projector.sea], sea), await rolePixelCount(page, [themes.light.sea], sea)];
  expect(projector, 'the projector’s sea').toBeGreaterThan(20 * light);
});
