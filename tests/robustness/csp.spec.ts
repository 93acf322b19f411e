// The built app under the production Content-Security-Policy (tests/support/serve.mjs --csp), and
// under the same policy without style-src 'unsafe-inline': it must work and cause no violation.
import { join } from 'node:path';
import type { ConsoleMessage, Page } from '@playwright/test';
import { serveDirectory } from '../bench/serve';
import { openExplorer } from '../support/driver';
import { expect, test } from '../support/fixtures';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
/** serve.mjs's policy, minus 'unsafe-inline': inline style attributes and <style> elements are refused. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; " +
  "style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

/** Records every securitypolicyviolation the page's documents report, across navigations. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  return violations;
}

/** Workers report violations only to the console, so the console is checked too. */
const cspConsole = (messages: ConsoleMessage[]) => messages.map((m) => m.text()).filter((t) => /Content Security Policy/i.test(t));

/** Map idle, a selection from the overview, the source reader and the table: the app's main paths. */
async function useTheExplorer(page: Page, origin = ''): Promise<void> {
  if (origin) {
    await page.goto(`${origin}/`);
    await page.getByTestId('map').and(page.locator('[data-map-state="idle"]')).waitFor();
  } else {
    expect(await openExplorer(page)).toBe('idle');
  }
  const panel = page.getByRole('complementary');
  await panel.getByRole('button', { name: 'Kosovo', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Kosovo' })).toBeVisible();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
  await page.getByRole('button', { name: /back to overview/i }).click();
  await page.getByRole('button', { name: /Read the source/ }).first().click();
  await expect(page.getByRole('complementary', { name: 'Source reader' })).toBeVisible();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
}

test.describe('with the production CSP', () => {
  test.use({ csp: true });

  test('the map, selection, reader and table work with no violation', async ({ page, consoleErrors }) => {
    const violations = await recordViolations(page);
    await useTheExplorer(page);
    expect(violations).toEqual([]);
    expect(cspConsole(consoleErrors)).toEqual([]);
  });
});

test('without style-src \'unsafe-inline\' the app still works with no violation', async ({ page, consoleErrors }) => {
  const served = await serveDirectory(DIST, { csp: STRICT_CSP });
  try {
    const violations = await recordViolations(page);
    await useTheExplorer(page, served.origin);
    expect(violations).toEqual([]);
    expect(cspConsole(consoleErrors)).toEqual([]);
  } finally {
    await served.close();
  }
});
