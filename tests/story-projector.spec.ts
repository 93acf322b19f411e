// Presenting on a projector: the map under the presenter's keys and the audience's clicks,
// projector-sized type, an accessibility audit, and the projector theme from the first frame.
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { rolePixelCount, SETTLE } from './support/driver';
import { themes } from '../src/symbols/theme';
import { scenes } from '../src/data/scenes';

import { expectScene, pointOver, present, simplifiedMap } from './support/story';

test.describe('at 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('with the map live: the audience’s click and "Resume story", an axe audit, and the map keys only when not presenting', async ({ page }) => {
    // One settled 1920 × 1080 map for three behaviours: SwiftShader takes most of a test's time to
    // start and redraw a map this size, so the steps share one (marked slow: three times the default).
    test.slow();
    await present(page, { settled: true });

    await test.step('"Resume story" appears when the audience clicks another place, and brings the scene back', async () => {
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

    await test.step('the presenting state has no WCAG 2.2 AA violations axe can find', async () => {
      // The audit covers the map's own controls and canvas.
      await page.keyboard.press('PageDown');
      await expectScene(page, 2);
      await expect(page.getByRole('region', { name: scenes[1]!.title })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    await test.step('the map keys pan and zoom the map only when not presenting', async () => {
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

test('without WebGL the simplified map presents in the projector theme too, and leaving brings the explorer’s back', async ({ page }) => {
  await simplifiedMap(page);
  const seas = async () => {
    const box = (await page.getByTestId('map').boundingBox())!;
    return { projector: await rolePixelCount(page, [themes.projector.sea], box), light: await rolePixelCount(page, [themes.light.sea], box) };
  };
  await present(page);
  await expect.poll(async () => (await seas()).projector, { message: 'the projector’s sea' }).toBeGreaterThan(10_000);
  expect((await seas()).light, 'the explorer’s sea while presenting').toBeLessThan(500);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('story-progress')).toHaveCount(0);
  await expect.poll(async () => (await seas()).light, { message: 'the explorer’s sea' }).toBeGreaterThan(10_000);
});
