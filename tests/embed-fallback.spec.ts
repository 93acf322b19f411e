// The web component's snippet carries a picture of the view, its alt text and a link: shown until
// the component upgrades, and instead of it where scripts are blocked.
import type { Page } from '@playwright/test';
import { openExplorer, SETTLE } from './support/driver';
import { expect, test } from './support/fixtures';

/** The Embed dialog's web-component snippet for `query`, once its picture has been taken. */
async function componentSnippet(page: Page, query: string): Promise<string> {
  expect(await openExplorer(page, query)).toBe('idle');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.getByRole('radio', { name: /Web component/ }).check();
  const code = dialog.getByRole('textbox', { name: 'HTML to paste' });
  await expect(code).toHaveValue(/<img src="data:image\/jpeg;base64,/);
  return code.inputValue();
}

/** Serves `html` as a host page on the app's origin. */
async function host(page: Page, html: string): Promise<void> {
  await page.route('**/__host/fallback.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en-GB"><title>Host</title><main>${html}</main></html>` }),
  );
  await page.goto('/__host/fallback.html');
}

test('the component’s snippet shows a picture of the view that links to it while its script is blocked, and its map once it upgrades', async ({ page }) => {
  const snippet = await componentSnippet(page, 'select=XK&year=2003');
  expect(snippet).toMatch(/alt="Map: trafficking routes in the Balkans[^"]*, with Kosovo selected\. Opens the interactive map\."/);
  const link = page.getByRole('link', { name: /with Kosovo selected/ });
  const picture = link.getByRole('img');

  await test.step('with its script blocked, the picture links to the view', async () => {
    await page.route('**/balkan-routes.js', (route) => route.abort('blockedbyclient'));
    await host(page, snippet);
    await expect(link).toHaveAttribute('href', /\/\?select=XK&year=2003(&|$)/);
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(640);
  });

  await test.step('once the component upgrades, its map replaces the picture', async () => {
    await page.unroute('**/balkan-routes.js');
    await host(page, snippet);
    const component = page.locator('balkan-routes-map');
    await expect(component.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', SETTLE);
    await expect(page.getByRole('img', { name: /with Kosovo selected/ })).toBeHidden();
  });
});
