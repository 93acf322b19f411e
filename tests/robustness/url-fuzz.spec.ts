// Hostile and malformed links, loaded in the browser to prove the wiring: none may throw, open a
// dialog, run script or leave markup in the page, each broken one gets a polite notice, and the
// explorer stays usable. The parser itself meets thousands of generated queries in
// src/store/url.test.ts (fast-check); here a few dozen loads stand for them.
import type { Page } from '@playwright/test';
import { explorer } from '../support/driver';
import { expect, test } from '../support/fixtures';
import { withoutWebGl } from '../support/without-webgl';
import { hostileQueries, type HostileQuery } from './hostile-queries';
import { armTripwire, injectedMarkup } from './tripwire';

// A smaller canvas keeps SwiftShader's share of each load down; the layout is the same.
test.use({ viewport: { width: 960, height: 640 } });

const long = 'x'.repeat(5000);
/** One of each kind of broken link: each must leave a notice. */
const BROKEN = [
  'select=atlantis',
  'select=%E0%A4%A',
  'select=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'select=<script>alert(1)</script>',
  'select=javascript%3Aalert(document.cookie)',
  `select=${long}`,
  'select=%E2%80%AEKX',
  'select=__proto__',
  'year=NaN',
  'year=-1e309',
  'year=2001.5',
  'year=%EF%BC%92%EF%BC%90%EF%BC%90%EF%BC%91',
  'camera=NaN,NaN,NaN',
  'camera=1,2,3,4',
  `camera=${'9'.repeat(5000)}`,
  'layers=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'view=javascript:alert(1)',
  'doc=__proto__',
  'doc=fco-2004&para=p999',
  'story=1e400',
  'select=XK&select=AL',
  'select=%E0%A4%A&year=%',
  '%%%&select=%zz',
];
/** Generated as the unit property tests generate them (seeded): shapes the list above does not cover. */
const GENERATED = hostileQueries(12);

interface Load extends HostileQuery {
  /**
   * Whether the page has WebGL: the map then takes the hostile camera and selection. One load in
   * eight: the rest prove the URL wiring (parse, notices, panel, search) on the SVG map, which
   * draws in a tenth of MapLibre's time in SwiftShader.
   */
  map: boolean;
  notice: boolean;
}
const LOADS: Load[] = [
  ...BROKEN.map((query, i) => ({ query, interactive: i % 6 === 0, map: i % 8 === 0, notice: true })),
  ...GENERATED.map((entry, i) => ({ ...entry, map: i % 8 === 4, notice: false })),
];

/** What shows the explorer is up: the side panel, or the scene when a link opens a presentation. */
const ready = (page: Page) => page.getByRole('complementary').or(page.getByTestId('story-progress')).first();

async function visit(page: Page, { query, interactive, notice }: Load, incidents: string[]): Promise<void> {
  const link = `?${query.slice(0, 160)}`;
  await page.goto(`/?${query}`, { waitUntil: 'domcontentloaded' });
  await expect(ready(page), `explorer up after ${link}`).toBeVisible();
  // A notice about the link itself, not the one about missing WebGL.
  const about = explorer(page)
    .get.notices()
    .filter({ hasNotText: /needs WebGL/ });
  if (notice) await expect(about.first(), `notice for ${link}`).toBeVisible();
  for (const what of await injectedMarkup(page)) incidents.push(`injected markup: ${what}  ←  ${link}`);
  if (!interactive) return;
  // A real interaction: search for a place, take the best match, and the panel shows it.
  const { when, get } = explorer(page);
  await when.searchFor('Moldova');
  await expect(get.panel('Moldova'), `search after ${link}`).toBeVisible();
}

/** Loads per test: about 0.5 s each without WebGL and 1.5 s with it on 2 loaded cores, so a test stays well inside its timeout. */
const PER_TEST = 10;
const GROUPS = [true, false].flatMap((map) => {
  const mine = LOADS.filter((load) => load.map === map);
  const count = Math.ceil(mine.length / PER_TEST);
  // Dealt round, so the groups are even and each mixes broken and generated links.
  return Array.from({ length: count }, (_, i) => ({ map, loads: mine.filter((_, j) => j % count === i) }));
});

for (const [index, { map, loads }] of GROUPS.entries()) {
  test(`hostile links, group ${index + 1} of ${GROUPS.length} (${loads.length} ${map ? 'with' : 'without'} WebGL): a notice where broken, and nothing worse`, async ({
    page,
  }) => {
    const incidents: string[] = [];
    let current = '';
    if (!map) await withoutWebGl(page);
    await armTripwire(page, (what) => incidents.push(`${what}  ←  ?${current.slice(0, 160)}`));
    page.on('pageerror', (error) => incidents.push(`page error: ${error.message}  ←  ?${current.slice(0, 160)}`));
    for (const load of loads) {
      current = load.query;
      await visit(page, load, incidents);
    }
    // Payload handlers such as onerror fire late: give the last page a moment before judging.
    await page.waitForTimeout(200);
    expect(incidents).toEqual([]);
  });
}
