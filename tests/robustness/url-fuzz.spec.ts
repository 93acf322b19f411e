// 500 malformed and hostile query strings (seeded, the same every run): none may throw, open a
// dialog, run script or leave markup in the page, and the explorer must stay usable after each.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { hostileQueries, type HostileQuery } from './hostile-queries';
import { armTripwire, injectedMarkup } from './tripwire';
import { withoutWebGl } from './without-webgl';

const QUERIES = hostileQueries(500);
const SHARDS = 4;
// A smaller canvas keeps SwiftShader's share of each load down; the layout is the same.
test.use({ viewport: { width: 960, height: 640 } });

interface Incident {
  query: string;
  what: string;
}

/**
 * One load in four starts the map, which takes the hostile camera and selection; the others run
 * with WebGL off, as a browser without it would: the same query handling, panel and search,
 * without SwiftShader's map start-up, which is most of a load's time.
 */
const withMap = (index: number) => Math.floor(index / SHARDS) % 4 === 0;

/** What shows the explorer is up: the side panel, or the story's scene when a link opens a presentation. */
const ready = (page: Page) => page.locator('aside, .explorer[data-presenting] .story').filter({ visible: true }).first();

async function visit(page: Page, { query, interactive }: HostileQuery, incidents: Incident[]): Promise<void> {
  await page.goto(`/?${query}`, { waitUntil: 'domcontentloaded' });
  // waitFor, not expect().toBeVisible(): it watches instead of polling with back-off, which over
  // 500 loads is a minute. Bounded, so one dead page is reported with its query and the rest run.
  const up = await ready(page).waitFor({ timeout: 20_000 }).then(() => true, () => false);
  if (!up) return void incidents.push({ query, what: 'no panel or story scene within 20 s' });
  for (const what of await injectedMarkup(page)) incidents.push({ query, what: `injected markup: ${what}` });
  if (!interactive) return;
  // A real interaction: search for a place, take the best match, and the panel shows it.
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Moldova');
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Moldova' }), `search after ?${query.slice(0, 200)}`).toBeVisible();
}

for (let shard = 0; shard < SHARDS; shard++) {
  const mine = QUERIES.map((entry, index) => ({ entry, map: withMap(index) })).filter((_, index) => index % SHARDS === shard);
  test(`hostile query strings, shard ${shard + 1} of ${SHARDS} (${mine.length} URLs)`, async ({ page, context }) => {
    test.setTimeout(300_000);
    const incidents: Incident[] = [];
    let current = '';
    const noMap = await context.newPage();
    await withoutWebGl(noMap);
    for (const p of [page, noMap]) {
      await armTripwire(p, (what) => incidents.push({ query: current, what }));
      p.on('pageerror', (error) => incidents.push({ query: current, what: `page error: ${error.message}` }));
    }
    for (const { entry, map } of mine) {
      current = entry.query;
      await visit(map ? page : noMap, entry, incidents);
    }
    // Payload handlers such as onerror fire late: give the last pages a moment before judging.
    await page.waitForTimeout(200);
    expect(incidents.map(({ query, what }) => `${what}  ←  ?${query.slice(0, 160)}`)).toEqual([]);
  });
}
