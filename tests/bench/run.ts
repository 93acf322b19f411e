// `npm run bench`: builds the explorer, a bare MapLibre page with the same style and data
// (tests/bench/bare) and the explorer on a 100× synthetic fact base, then measures all three in
// headless Chromium, alternating them round by round after a warm-up round. A report, not a test:
// it prints a table and writes tests/bench/results.json. `npm run bench -- --quick` is a one-round
// check (no warm-up, fewer interactions) that writes tests/bench/results-quick.json instead.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { attribute, type Attribution } from './attribution';
import { buildAll } from './build';
import { clickablePoints, listSelections, mapSelections, timeFilterChanges, type Samples as Interaction } from './measure';
import { instrument, loadTimes, panFrameP95, type LoadTimes } from './page-load';
import { byteRows, formatMarkdown, formatTable, HEADER, tableRows, type Samples, type TargetName } from './report';
import { CHROMIUM } from '../support/chromium';
import { serveDirectory, type Served } from '../support/serve';
import { SYNTHETIC } from '../fixtures/synthetic-facts';

const BENCH = import.meta.dirname;
const QUICK = process.argv.includes('--quick');
/**
 * One warm-up round of page loads only, then three measured ones (497 s on 2 idle cores with a full
 * warm-up round; the goal is 6 minutes); --quick: one round.
 * Each measured round gives every target a fresh page, so 3 rounds × 6 selections is 18 samples.
 */
const WARM_UP = QUICK ? 0 : 1;
const ROUNDS = WARM_UP + (QUICK ? 1 : 3);
const SELECTIONS_PER_ROUND = QUICK ? 3 : 6;
const FILTER_CHANGES_PER_ROUND = QUICK ? 2 : 4;
const RESULTS = QUICK ? 'results-quick.json' : 'results.json';
// The 1× explorer is built apart from dist/, which `npm test` serves and which holds the web
// component's second build too.
const APP_OUT = mkdtempSync(join(tmpdir(), 'bench-explorer-'));
const DIST: Record<TargetName, string> = {
  bare: join(BENCH, 'bare', 'dist'),
  app: join(APP_OUT, 'dist'),
  app100: join(BENCH, 'synthetic', 'dist'),
};

interface PageRun {
  load: LoadTimes;
  pan: number;
  files: string[];
  mapSelect?: Interaction;
  listSelect?: Interaction;
  filter?: { panel: Interaction; map: number[] };
}

/** Map points that select something, per explorer build, found on its first page. */
const clickable = new Map<string, Awaited<ReturnType<typeof clickablePoints>>>();

/** One fresh page of one target: time to idle (noting the JS and CSS fetched), then the interactions unless it only warms up. */
async function runPage(browser: Browser, origin: string, explorer: boolean, warmUp: boolean): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(…), also
  // inside the functions handed to the page; the page needs the helper too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const files = new Set<string>();
  let idle = false;
  const note = (url: string) => {
    if (!idle && /\.(m?js|css)$/.test(new URL(url).pathname)) files.add(new URL(url).pathname.slice(1));
  };
  page.on('response', (response) => note(response.url()));
  page.on('worker', (worker) => note(worker.url()));
  try {
    const sizeQuery = explorer ? '' : `?${await explorerMapSize(browser)}`;
    const run: PageRun = { load: await loadTimes(page, `${origin}/${sizeQuery}`), pan: 0, files: [] };
    idle = true;
    run.files = [...files].sort();
    if (warmUp) return run;
    if (explorer) {
      // Before the pan, while the view is the opening one: the points found once per build hold.
      if (!clickable.has(origin)) clickable.set(origin, await clickablePoints(page));
      run.mapSelect = await mapSelections(page, clickable.get(origin)!, SELECTIONS_PER_ROUND);
    }
    run.pan = await panFrameP95(page);
    if (explorer) {
      run.listSelect = await listSelections(page, SELECTIONS_PER_ROUND);
      run.filter = await timeFilterChanges(page, FILTER_CHANGES_PER_ROUND);
    }
    return run;
  } finally {
    await context.close();
  }
}

let mapSize: string | undefined;
/** The explorer's map size at the bench viewport, so the bare page draws the same number of pixels. */
async function explorerMapSize(browser: Browser): Promise<string> {
  if (mapSize) return mapSize;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${servers.app!.origin}/`);
  await page.getByTestId('map').waitFor();
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.close();
  return (mapSize = `width=${Math.round(box.width)}&height=${Math.round(box.height)}`);
}

/** At 100× the explorer must still work: a synthetic place found by search opens in the panel. */
async function checkStillCorrect(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Synthetic place 0001');
  await search.press('Enter');
  await page.getByRole('complementary', { name: 'Synthetic place 0001' }).getByRole('heading', { level: 2 }).waitFor({ timeout: 30_000 });
  // Kosovo's 100× figures open 50 at a time (src/panel/listLimit.ts), with a button for the rest.
  await page.goto(`${origin}/?select=XK`);
  const panel = page.getByRole('complementary', { name: 'Kosovo' });
  await panel.getByRole('button', { name: /^show all \d{4} figures$/ }).waitFor({ timeout: 30_000 });
  const shown = await panel.locator('.figure-list > li').count();
  if (shown !== 50) throw new Error(`At 100×, Kosovo's panel shows ${shown} figures before "show all", not 50.`);
}

const servers: Partial<Record<TargetName, Served>> = {};

/** ROUNDS rounds of one page per target, the order rotating each round; the first WARM_UP are not counted. */
async function measureAll(browser: Browser): Promise<{ samples: Samples; files: Record<TargetName, string[]> }> {
  const empty = () => ({ app: [] as number[], app100: [] as number[] });
  const samples: Samples = {
    idle: { bare: [], ...empty() },
    svgPaint: empty(),
    selectable: empty(),
    pan: { bare: [], ...empty() },
    mapSelect: empty(),
    listSelect: empty(),
    selectCommit: empty(),
    filterPanel: empty(),
    filterCommit: empty(),
    filterMap: empty(),
  };
  const files: Partial<Record<TargetName, string[]>> = {};
  const targets: TargetName[] = ['bare', 'app', 'app100'];
  for (let round = 0; round < ROUNDS; round++) {
    // Rotated, so no target always runs first (or always just after the heaviest).
    for (const name of [...targets.slice(round % 3), ...targets.slice(0, round % 3)]) {
      process.stdout.write(`round ${round < WARM_UP ? 'warm-up' : round + 1 - WARM_UP}: ${name}… `);
      const pageStart = Date.now();
      const run = await runPage(browser, servers[name]!.origin, name !== 'bare', round < WARM_UP);
      console.log(`idle ${run.load.idle.toFixed(0)} ms (page done in ${Math.round((Date.now() - pageStart) / 1000)} s)`);
      if (round < WARM_UP) continue;
      files[name] ??= run.files;
      samples.idle[name].push(run.load.idle);
      samples.pan[name].push(run.pan);
      if (name === 'bare') continue;
      samples.svgPaint[name].push(run.load.svgPaint);
      samples.selectable[name].push(run.load.selectable);
      samples.mapSelect[name].push(...run.mapSelect!.latency);
      samples.listSelect[name].push(...run.listSelect!.latency);
      samples.selectCommit[name].push(...run.mapSelect!.commit, ...run.listSelect!.commit);
      samples.filterPanel[name].push(...run.filter!.panel.latency);
      samples.filterCommit[name].push(...run.filter!.panel.commit);
      samples.filterMap[name].push(...run.filter!.map);
    }
  }
  return { samples, files: files as Record<TargetName, string[]> };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg();
  let browser: Browser | undefined;
  try {
    await buildAll(DIST);
    for (const name of Object.keys(DIST) as TargetName[]) servers[name] = await serveDirectory(DIST[name]);
    browser = await chromium.launch(CHROMIUM);
    const { samples, files } = await measureAll(browser);
    const bytes = Object.fromEntries((Object.keys(DIST) as TargetName[]).map((n) => [n, attribute(DIST[n], files[n])])) as Record<TargetName, Attribution>;
    const rows = [...tableRows(samples), ...byteRows(bytes.app, bytes.bare, bytes.app100)];
    console.log(`\n${formatTable(HEADER, rows)}\n\nFor README:\n\n${formatMarkdown(HEADER, rows)}\n`);
    const results = {
      date: new Date().toISOString(),
      // Other work on the machine skews every time here: the load averages say how busy it was.
      environment: { chromium: browser.version(), cpus: cpus().length, loadBefore, loadAfter: loadavg(), node: process.version },
      synthetic: SYNTHETIC,
      rounds: ROUNDS - WARM_UP,
      quick: QUICK,
      table: rows.map((r) => Object.fromEntries(HEADER.map((h, i) => [h, r[i] ?? '']))),
      samples,
      files,
      bytesGzip: Object.fromEntries(Object.entries(bytes).map(([n, a]) => [n, a.gzip])),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(join(BENCH, RESULTS), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Wrote tests/bench/${RESULTS} (${results.seconds} s in all).`);
    const checkPage = await browser.newPage();
    await checkStillCorrect(checkPage, servers.app100!.origin);
    await checkPage.close();
    console.log('At 100×, a synthetic place selected from search still opens in the panel, and Kosovo’s figures open 50 at a time.');
  } finally {
    await browser?.close();
    await Promise.all(Object.values(servers).map((s) => s.close()));
    rmSync(APP_OUT, { recursive: true, force: true });
  }
}

await main();
