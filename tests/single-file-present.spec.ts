// Presenting from a USB stick: the single-file HTML opened from file:// with every request that is
// not file:, data: or blob: refused, driven with the clicker's keys, with the presenter view open
// beside it (./support/offline.ts).
import type { Page } from '@playwright/test';
import { expect, singleFileUrl, test } from './support/offline';
import { scenes } from '../src/data/scenes';

test.use({ viewport: { width: 1024, height: 768 } });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const audienceAt = (page: Page, n: number) => expect(page.getByTestId('story-progress')).toHaveText(`Scene ${n} of ${scenes.length}`);
const presenterAt = (presenter: Page, n: number) => expect(presenter.getByTestId('presenter-progress')).toHaveText(` · Scene ${n} of ${scenes.length}`);

test('from file://, the clicker keys, the blank screen, number + Enter and F5 all work, and the presenter view keeps step', async ({ page, context }) => {
  await page.goto(singleFileUrl());
  const map = page.getByTestId('map');
  await map.and(page.locator('[data-map-state="idle"], [data-map-state="unavailable"]')).waitFor();
  await expect(map).toHaveAttribute('data-map-state', 'idle');

  await page.keyboard.press('F5'); // the clicker's slideshow button
  await audienceAt(page, 1);
  await page.keyboard.press('PageDown');
  await audienceAt(page, 2);

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('S')]);
  expect(new URL(presenter.url()).protocol).toBe('file:');
  await presenterAt(presenter, 2);
  await expect(presenter.getByTestId('presenter-notes')).toContainText(scenes[1]!.notes[0]!);

  await presenter.keyboard.press('PageDown');
  await audienceAt(page, 3);
  await page.keyboard.press('PageUp');
  await presenterAt(presenter, 2);
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await presenterAt(presenter, 4);
  await presenter.keyboard.press('.');
  await expect(page.getByTestId('blank-screen')).toHaveAttribute('data-blank', 'black');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('blank-screen')).toHaveCount(0);
  await audienceAt(page, 4);

  await page.keyboard.press('Escape'); // the clicker's button again
  await expect(page.getByTestId('story-progress')).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-status')).toContainText('Not presenting');
  await presenter.keyboard.press('F5');
  await audienceAt(page, 4);
  await presenterAt(presenter, 4);
  await page.screenshot({ path: test.info().outputPath('single-file-story-1024.png') });
});
