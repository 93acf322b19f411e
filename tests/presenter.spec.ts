// The presenter view: a second window the page opens (S or the button), with the current and next
// scene, the notes, the sources to read out, a timer and a clock, in step with the audience window
// whichever of the two gets the key.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openExplorer } from './support/driver';
import { scenes } from '../src/data/scenes';
import { PRESENTER_COMMAND } from '../src/story/presenter/messages';

test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ timeout: 120_000 });

const audienceAt = (page: Page, n: number) => expect(page.getByTestId('story-progress')).toHaveText(`Scene ${n} of ${scenes.length}`);

async function presenterAt(presenter: Page, n: number) {
  await expect(presenter.getByTestId('presenter-progress')).toHaveText(` · Scene ${n} of ${scenes.length}`);
  const scene = scenes[n - 1]!;
  await expect(presenter.getByRole('heading', { level: 3, name: scene.title })).toBeVisible();
  await expect(presenter.getByTestId('presenter-notes')).toContainText(scene.notes[0]!);
  await expect(presenter.getByTestId('presenter-next')).toHaveText(scenes[n]?.title ?? 'End of the presentation');
}

test('S opens the presenter view; it stays in step whichever window gets the key', async ({ page, context }) => {
  await openExplorer(page, 'story=1');
  await audienceAt(page, 1);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenterAt(presenter, 1);
  // Its sources, with their parliamentary references, and the clocks.
  await expect(presenter.getByText('Foreign Affairs Committee, Minutes of Evidence', { exact: false }).first()).toBeVisible();
  await expect(presenter.getByTestId('presenter-elapsed')).toHaveText(/^\d+:\d\d$/);
  await expect(presenter.getByTestId('presenter-clock')).toHaveText(/^\d\d:\d\d$/);

  await presenter.keyboard.press('PageDown');
  await audienceAt(page, 2);
  await presenterAt(presenter, 2);
  await page.keyboard.press('ArrowRight');
  await presenterAt(presenter, 3);
  await presenter.keyboard.type('6');
  await presenter.keyboard.press('Enter');
  await audienceAt(page, 6);
  await presenterAt(presenter, 6);
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await audienceAt(page, 7);

  // Black from the presenter's keyboard; any key there brings the scene back to the audience.
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('blank-screen')).toHaveAttribute('data-blank', 'black');
  await expect(presenter.getByTestId('presenter-status')).toContainText('black screen');
  await presenter.keyboard.press('PageDown');
  await expect(page.getByTestId('blank-screen')).toHaveCount(0);
  await audienceAt(page, 7);

  await page.screenshot({ path: test.info().outputPath('presenter-audience-1280.png') });
  await presenter.screenshot({ path: test.info().outputPath('presenter-view-1280.png'), fullPage: true });

  // The clicker's slideshow button in the presenter window: Esc leaves, F5 resumes.
  await presenter.keyboard.press('Escape');
  await expect(page.getByTestId('story-progress')).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-status')).toContainText('Not presenting');
  await presenter.keyboard.press('F5');
  await audienceAt(page, 7);
  await presenterAt(presenter, 7);
});

test('the audience window takes commands only from the presenter view it opened', async ({ page, context }) => {
  await openExplorer(page, 'story=2');
  await audienceAt(page, 2);
  // Another window of the same origin, and the page itself, send well-formed commands.
  const other = await context.newPage();
  await other.goto('/?presenter');
  await expect(other.getByTestId('presenter-status')).toContainText('Not connected');
  await page.evaluate((type) => window.postMessage({ type, command: { kind: 'next' } }, '*'), PRESENTER_COMMAND);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await presenterAt(presenter, 2);
  // A malformed command from the real presenter view is ignored too.
  await presenter.evaluate((type) => window.opener.postMessage({ type, command: { kind: 'go', scene: 99 } }, '*'), PRESENTER_COMMAND);
  await presenter.evaluate((type) => window.opener.postMessage({ type, command: { kind: 'next' } }, '*'), PRESENTER_COMMAND);
  await audienceAt(page, 3);
  await presenterAt(presenter, 3);
});
