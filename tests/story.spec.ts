// The presentation as a presenter drives it: clicker and keyboard, the buttons, a link to a scene
// (story-projector.spec.ts: the map under the keys, projector type, the audit, the projector theme).
import { expect, test } from './support/fixtures';
import { openApp } from './support/driver';
import { scenes } from '../src/data/scenes';

import { expectScene, present, simplifiedMap } from './support/story';

// The smallest projector the presentation is made for; the keys, buttons and links do not depend
// on its size. What does (caption type, the audit, the map under the presenter's keys and the
// audience's clicks) is checked at 1920 × 1080 in story-projector.spec.ts. No camera animation (playwright.config.ts),
// so the map is where the scene put it.
test.use({ viewport: { width: 1024, height: 768 } });

// On the simplified map: stepping is the key map's; MapLibre under the keys is story-projector.spec.ts's.
test('the clicker and the keyboard step through the scenes', async ({ page }) => {
  await simplifiedMap(page);
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
