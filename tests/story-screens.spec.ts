// Every scene as the committee sees it, at the smallest and the largest projector, and the
// presenter view: saved to tests/screenshots/ to be looked at (README shows some of them).
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { openExplorer } from './support/driver';
import { scenes } from '../src/story/scenes';

const SHOTS = join(import.meta.dirname, 'screenshots');
const SIZES = [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }];

test.use({ reducedMotion: 'reduce' });
// One map load per test, at up to 1920 × 1080 on SwiftShader, on a machine other work shares.
test.describe.configure({ timeout: 120_000 });

for (const size of SIZES) {
  for (const [i, scene] of scenes.entries()) {
    test(`scene ${i + 1} (${scene.id}) at ${size.width} × ${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openExplorer(page, `story=${i + 1}`);
      await expect(page.getByRole('heading', { level: 2, name: scene.title })).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `story-${scene.id}-${size.width}.png`) });
    });
  }
}
