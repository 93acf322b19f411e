// Size budgets on what `npm run build` puts in dist/: fixed byte limits, not timings, so they
// fail the same way on every machine. Bytes are attributed through the build's hidden sourcemaps
// (tests/bench/attribution.ts), so a budget follows where code came from, not how it was chunked.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, CATEGORY_LABEL, firstViewFiles, type Attribution, type Category } from './bench/attribution';
import { expect, test } from './support/fixtures';

const DIST = join(import.meta.dirname, '..', 'dist');
const KB = 1024;
/**
 * The app's own code: what src/ compiles to, and any small dependency without a budget of its own.
 * MapLibre, Turf (10 KB budget below), Preact + Zustand (reported: about 6 KB) and the data are
 * counted apart, as the benchmark splits them.
 */
const APP_CODE: readonly Category[] = ['app', 'otherDeps'];

/** The explorer's files; the web component's separate build (dist/balkan-routes.js) is not the app's page. */
const assets = (ext: RegExp) =>
  readdirSync(join(DIST, 'assets'))
    .filter((f) => ext.test(f))
    .map((f) => `assets/${f}`);
let all: Attribution | undefined;
/** Every JS file, lazy chunks included: code split off is still code the app ships. */
const allJs = () => (all ??= attribute(DIST, assets(/\.m?js$/)));

function report(attribution: Attribution): string {
  return Object.entries(attribution.gzip)
    .filter(([, bytes]) => bytes > 0)
    .map(([c, bytes]) => `${CATEGORY_LABEL[c as Category]} ${(bytes / KB).toFixed(1)} KB`)
    .join(', ');
}

/**
 * 36.5 KB before this round; then the claims (why-drawn tooltips, two time readings), the shared
 * symbology, presentation mode (keys, notes, presenter view, QR codes) and the SVG map (first
 * paint, no-WebGL, print) with the phone sheet. A feature that needs more raises this on purpose:
 * 53 since the SVG map, handout and PNG legend draw every marker, ring and halo the live map does;
 * 54 since the vocabulary tables and the time-window index (53.0 KB when they merged).
 */
const APP_CODE_KB = 54;

test(`the app’s own JS beyond MapLibre is at most ${APP_CODE_KB} KB gzipped`, () => {
  const bytes = allJs().together(APP_CODE);
  test.info().annotations.push({ type: 'gzip by origin', description: report(allJs()) });
  expect(bytes / KB, `app code, KB gzip (${report(allJs())})`).toBeLessThanOrEqual(APP_CODE_KB);
});

test('Preact and Zustand stay at most 8 KB gzipped', () => {
  expect(allJs().gzip.vendor / KB, 'Preact + Zustand, KB gzip').toBeLessThanOrEqual(8);
});

test('Turf code in the bundle is at most 10 KB gzipped', () => {
  expect(allJs().gzip.turf / KB, 'Turf, KB gzip').toBeLessThanOrEqual(10);
});

test('the stylesheets, MapLibre’s included, are at most 15 KB gzipped', () => {
  const css = assets(/\.css$/);
  expect(css.length, 'stylesheets in dist/assets').toBeGreaterThan(0);
  expect(attribute(DIST, css).gzip.css / KB, 'CSS, KB gzip').toBeLessThanOrEqual(15);
});

test('the geo data the first view loads is at most 160 KB gzipped', () => {
  const first = attribute(
    DIST,
    firstViewFiles(DIST).filter((f) => /\.m?js$/.test(f)),
  );
  expect(first.gzip.geo, 'geo data found in the first view (is the map bundled?)').toBeGreaterThan(0);
  expect(first.gzip.geo / KB, 'geo/*.geojson in the first view, KB gzip').toBeLessThanOrEqual(160);
});
