// The built app under the production Content-Security-Policy made stricter, without style-src
// 'unsafe-inline' (tests/support/serve.ts): it must work and cause no violation. What works under
// the stricter policy works under the production one, which only allows more.
import type { ConsoleMessage, Page } from '@playwright/test';
import { explorer } from '../support/driver';
import { expect, test } from '../support/fixtures';

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
async function useTheExplorer(page: Page): Promise<void> {
  const { given, when, then } = explorer(page);
  expect(await given.explorerAt()).toBe('idle');
  await when.choosePlace('Kosovo');
  await then.panelShows('Kosovo');
  await then.mapIs('idle');
  await when.backToOverview();
  await when.openReader();
  await then.panelShows('Source reader');
  await when.openTable();
  await then.tableShows('Kosovo');
}

test.describe("without style-src 'unsafe-inline'", () => {
  test.use({ site: 'strictCsp' });

  test('the map, selection, reader and table work with no violation', async ({ page, consoleErrors }) => {
    const violations = await recordViolations(page);
    await useTheExplorer(page);
    expect(violations).toEqual([]);
    expect(cspConsole(consoleErrors)).toEqual([]);
  });
});
