// Attributes a Vite build's bytes to where they came from, by reading its sourcemaps (build with
// `--sourcemap hidden` or `build.sourcemap: 'hidden'`): MapLibre, Preact + Zustand, Turf, other
// packages, the app's code, and data (geo/*.geojson; the fact base and seed texts). Each
// category's minified code is gzipped on its own, so a category's size is what it would cost if
// shipped alone; that overstates a little against gzipping the whole file, never understates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../src/data/load-node';

export type Category = 'maplibre' | 'vendor' | 'turf' | 'otherDeps' | 'app' | 'geo' | 'facts' | 'css';
export const CATEGORIES: readonly Category[] = ['maplibre', 'vendor', 'turf', 'otherDeps', 'app', 'geo', 'facts', 'css'];
/** What a reader calls each category, for tables and messages. */
export const CATEGORY_LABEL: Record<Category, string> = {
  maplibre: 'MapLibre',
  vendor: 'Preact + Zustand',
  turf: 'Turf',
  otherDeps: 'other packages',
  app: 'app code',
  geo: 'geo data',
  facts: 'fact base + seed texts (unmapped JSON and text)',
  css: 'CSS',
};

/** The bench's render-pass timer (commit-hook.ts), which its builds add: not counted anywhere. */
type Counted = Category | 'instrumentation';

/** Where a source file in a sourcemap belongs. Unknown code counts as the app's: budgets err strict. */
function categoryOf(source: string): Counted {
  const path = source.replace(/[?#].*$/, '');
  if (path === 'tests/bench/commit-hook.ts') return 'instrumentation';
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg === 'maplibre-gl') return 'maplibre';
  if (pkg === 'preact' || pkg === 'zustand' || pkg?.startsWith('@preact/')) return 'vendor';
  if (pkg?.startsWith('@turf/')) return 'turf';
  if (pkg) return 'otherDeps';
  if (path.endsWith('.geojson')) return 'geo';
  if (path.endsWith('.json') || path.endsWith('.txt')) return 'facts';
  return 'app';
}

const BASE64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one Base64 VLQ segment ("AAgBC") into its numbers. */
function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.get(char);
    if (digit === undefined) throw new Error(`bad sourcemap character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/**
 * Splits minified `code` into runs per category, following `map`. A run lasts until the next
 * mapping, across line ends too: a multi-line template literal (MapLibre's shaders) has mappings
 * on its first line only.
 */
function splitByMap(code: string, map: SourceMap, mapDir: string, counted: Record<Category, string[]>): void {
  const categories = map.sources.map((s) => categoryOf(relative(ROOT, resolve(mapDir, s))));
  const into: Record<Counted, string[]> = { ...counted, instrumentation: [] };
  const lines = code.split('\n');
  let source = 0;
  let current: Counted = 'app';
  map.mappings.split(';').forEach((mapped, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    let from = 0;
    for (const segment of mapped ? mapped.split(',') : []) {
      const [dColumn = 0, dSource] = decodeVlq(segment);
      column += dColumn;
      into[current].push(line.slice(from, column));
      from = column;
      // Vite's JSON and ?raw modules (the fact base, the seed texts) come out with no mapping at all;
      // the only other unmapped code is Vite's modulepreload polyfill, well under a kilobyte.
      if (dSource === undefined) current = 'facts';
      else {
        source += dSource;
        current = categories[source] ?? 'app';
      }
    }
    into[current].push(line.slice(from), '\n');
  });
}

export interface Attribution {
  /** Minified bytes per category, before compression. */
  raw: Record<Category, number>;
  /** Each category gzipped alone (zlib default level, as most servers send). */
  gzip: Record<Category, number>;
  /** gzip of several categories' code together: `together(['app', 'vendor'])`. */
  together(categories: readonly Category[]): number;
}

/**
 * Attributes the JS and CSS `files` (paths relative to `dist`). A JS file needs its `.map` beside
 * it, except MapLibre's worker, which is copied from the package as it is.
 */
export function attribute(dist: string, files: readonly string[]): Attribution {
  const parts = Object.fromEntries(CATEGORIES.map((c) => [c, [] as string[]])) as Record<Category, string[]>;
  for (const file of files) {
    const path = join(dist, file);
    const code = readFileSync(path, 'utf8');
    if (file.endsWith('.css')) parts.css.push(code);
    else if (/^maplibre-gl-worker-.*\.m?js$/.test(basename(file))) parts.maplibre.push(code);
    else if (existsSync(`${path}.map`)) splitByMap(code, JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMap, dirname(path), parts);
    else throw new Error(`${path}.map is missing: build with sourcemaps (vite build --sourcemap hidden) to attribute its bytes`);
  }
  moveSeedTexts(parts);
  const text = (categories: readonly Category[]) => categories.map((c) => parts[c].join('')).join('');
  const gzipOf = (categories: readonly Category[]) => {
    const all = text(categories);
    return all.length === 0 ? 0 : gzipSync(all).length;
  };
  const per = (measure: (c: Category) => number) => Object.fromEntries(CATEGORIES.map((c) => [c, measure(c)])) as Record<Category, number>;
  return {
    raw: per((c) => Buffer.byteLength(text([c]))),
    gzip: per((c) => gzipOf([c])),
    together: gzipOf,
  };
}

/** The seed texts as the bundler writes them into a template literal. */
const asTemplateLiteral = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\$\{/g, '\\${')
    .replace(/\u00a0/g, '\\xA0');

/**
 * The two documents are data wherever the bundler puts them: inlined as a template literal into
 * the call that parses them, they carry that call's mapping. Their bytes count as the fact base's.
 */
function moveSeedTexts(parts: Record<Category, string[]>): void {
  const seeds = join(ROOT, 'seeds');
  let app = parts.app.join('');
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    const literal = asTemplateLiteral(readFileSync(join(seeds, file), 'utf8'));
    if (!app.includes(literal)) continue;
    app = app.split(literal).join('');
    parts.facts.push(literal);
  }
  parts.app = [app];
}

/** The JS and CSS a page loads before any user action: index.html's scripts, module preloads and stylesheets. */
export function firstViewFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:m?js|css))"/g)].map((m) => m[1]!);
  return [...new Set(refs.map((ref) => relative(dist, resolve(dist, ref.replace(/^\//, '')))))];
}
