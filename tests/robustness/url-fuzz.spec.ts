// 500 malformed and hostile query strings (seeded, the same every run): none may throw, open a
// dialog, run script or leave markup in the page, and the explorer must stay usable after each.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { hostileQueries, type HostileQuery } from './hostile-queries';

const QUERIES = hostileQueries(500);
const SHARDS = 4;
// A smaller canvas keeps SwiftShader's share of each load down; the layout is the same.
test.use({ viewport: { width: 960, height: 640 } });

interface Incident {
  query: string;
  what: string;
}

/** Records script running from a payload: `window.__pwned = …` anywhere, any navigation. */
async function armTripwire(page: Page, incidents: Incident[], current: () => string): Promise<void> {
  await page.exposeFunction('__reportPwned', (how: string) => incidents.push({ query: current(), what: `payload ran: ${how}` }));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportPwned: (how: string) => void }).__reportPwned;
    Object.defineProperty(window, '__pwned', { configurable: false, get: () => undefined, set: (v) => void report(`__pwned=${String(v)}`) });
  });
  page.on('dialog', (dialog) => {
    incidents.push({ query: current(), what: `${dialog.type()} dialog: ${dialog.message()}` });
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.push({ query: current(), what: `page error: ${error.message}` }));
}

/** Markup a payload could have injected, even if it did not run: inline handlers, inline scripts, frames. */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
      if (el.localName === 'script' && !el.hasAttribute('src')) found.push('<script> without src');
      if (el.localName === 'iframe') found.push('<iframe>');
      if (el.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')) found.push(`<${el.localName} href=javascript:>`);
    }
    return found;
  });
}

async function visit(page: Page, { query, interactive }: HostileQuery, incidents: Incident[]): Promise<void> {
  await page.goto(`/?${query}`, { waitUntil: 'domcontentloaded' });
  const panel = page.locator('aside').first();
  await expect(panel, `panel after ?${query.slice(0, 200)}`).toBeVisible();
  for (const what of await injectedMarkup(page)) incidents.push({ query, what: `injected markup: ${what}` });
  if (!interactive) return;
  // A real interaction: search for a place, take the best match, and the panel shows it.
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Moldova');
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Moldova' }), `search after ?${query.slice(0, 200)}`).toBeVisible();
}

for (let shard = 0; shard < SHARDS; shard++) {
  const mine = QUERIES.filter((_, i) => i % SHARDS === shard);
  test(`hostile query strings, shard ${shard + 1} of ${SHARDS} (${mine.length} URLs)`, async ({ page }) => {
    test.setTimeout(600_000);
    const incidents: Incident[] = [];
    let current = '';
    await armTripwire(page, incidents, () => current);
    for (const entry of mine) {
      current = entry.query;
      await visit(page, entry, incidents);
    }
    // Payload handlers such as onerror fire late: give the last page a moment before judging.
    await page.waitForTimeout(200);
    expect(incidents.map(({ query, what }) => `${what}  ←  ?${query.slice(0, 160)}`)).toEqual([]);
  });
}
