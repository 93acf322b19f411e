// Turns the benchmark's samples into the printed table and the summary in results.json.
import { CATEGORIES, CATEGORY_LABEL, type Attribution, type Category } from './attribution';
import { percentile } from './percentile';

export type TargetName = 'bare' | 'app' | 'app100';
type Explorer = 'app' | 'app100';

export interface Samples {
  /** Per page load: navigation → map idle; → the SVG map's first paint; → first paint with something to select. */
  idle: Record<TargetName, number[]>;
  svgPaint: Record<Explorer, number[]>;
  selectable: Record<Explorer, number[]>;
  pan: Record<TargetName, number[]>;
  /** Per explorer build: selection by map click, by the overview list, time filter (panel, map). */
  mapSelect: Record<Explorer, number[]>;
  listSelect: Record<Explorer, number[]>;
  /** Preact's render passes for each selection (map click and list alike), summed. */
  selectCommit: Record<Explorer, number[]>;
  filterPanel: Record<Explorer, number[]>;
  filterCommit: Record<Explorer, number[]>;
  filterMap: Record<Explorer, number[]>;
}

const median = (xs: number[]) => percentile(xs, 0.5);
const p95 = (xs: number[]) => percentile(xs, 0.95);
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 100 ? 1 : 0)} ms` : 'n/a');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');
/** ✓ or ✗ for a target; "?" where there was nothing to judge. */
const mark = (value: number, limit: number) => (Number.isFinite(value) ? (value <= limit ? '✓' : '✗') : '?');

/** The targets issues #9 and #12 set, checked on the figures of this run. */
export const TARGETS = {
  /** SVG first paint ≤ half the bare MapLibre page's time to idle. */
  firstPaintVsBareIdle: 0.5,
  /** Preact commit for a selection, p95. */
  selectCommitP95: { app: 16, app100: 33 },
  /** Time filter → panel painted, median, 100× over 1×. */
  filterPanel100: 1.25,
} as const;

/** Rows of [measurement, explorer 1×, baseline, ratio, explorer 100×, 100× / 1×, target]. */
export function tableRows(s: Samples): string[][] {
  const rows: string[][] = [];
  const bareIdle = median(s.idle.bare);
  /** A load time, as a ratio to the bare page's time to idle; `goal` marks the 1× and 100× ratios. */
  const vsBareIdle = (label: string, by: Record<Explorer, number[]>, goal?: number) => {
    const [app, big] = [median(by.app), median(by.app100)];
    const target = goal === undefined ? '' : `≤ ${goal.toFixed(2)}× bare idle: ${mark(app / bareIdle, goal)} (100×: ${mark(big / bareIdle, goal)})`;
    rows.push([`${label}, median (n=${by.app.length})`, ms(app), `bare idle ${ms(bareIdle)}`, ratio(app, bareIdle), ms(big), ratio(big, app), target]);
  };
  const vsBare = (label: string, by: Record<TargetName, number[]>) => {
    const [app, bare, big] = [median(by.app), median(by.bare), median(by.app100)];
    rows.push([`${label}, median of runs (n=${by.app.length})`, ms(app), `bare ${ms(bare)}`, ratio(app, bare), ms(big), ratio(big, app), '']);
  };
  const alone = (label: string, by: Record<Explorer, number[]>, targets: { median?: string; p95?: string } = {}) => {
    for (const [name, stat] of [
      ['median', median],
      ['p95', p95],
    ] as const) {
      const [app, big] = [stat(by.app), stat(by.app100)];
      rows.push([`${label}, ${name} (n=${by.app.length})`, ms(app), '', '', ms(big), ratio(big, app), targets[name] ?? '']);
    }
  };
  vsBareIdle('Time to first map paint (SVG)', s.svgPaint, TARGETS.firstPaintVsBareIdle);
  vsBareIdle('Time to first possible selection', s.selectable);
  vsBareIdle('Time to idle', { app: s.idle.app, app100: s.idle.app100 });
  vsBare('Pan frame interval p95', s.pan);
  alone('Select by map click → panel painted', s.mapSelect);
  alone('Select from overview list → panel painted', s.listSelect);
  const commit = TARGETS.selectCommitP95;
  alone('Preact commit for a selection', s.selectCommit, {
    p95: `≤ ${commit.app} ms: ${mark(p95(s.selectCommit.app), commit.app)}, 100× ≤ ${commit.app100} ms: ${mark(p95(s.selectCommit.app100), commit.app100)}`,
  });
  const filterRatio = median(s.filterPanel.app100) / median(s.filterPanel.app);
  alone('Time filter → slider and panel painted', s.filterPanel, {
    median: `100× ≤ ${TARGETS.filterPanel100.toFixed(2)}× 1×: ${mark(filterRatio, TARGETS.filterPanel100)}`,
  });
  alone('Preact commit for a time filter change', s.filterCommit);
  alone('Time filter → map settled (last draw)', s.filterMap);
  return rows;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The explorer's JS and CSS fetched before idle, minus the bare page's, gzipped, by origin. */
export function byteRows(app: Attribution, bare: Attribution, big: Attribution): string[][] {
  const groups: [string, Category[]][] = [
    ['app code', ['app', 'otherDeps']],
    [CATEGORY_LABEL.vendor, ['vendor']],
    [CATEGORY_LABEL.turf, ['turf']],
    ['data (geo + fact base + seeds)', ['geo', 'facts']],
    ['CSS', ['css']],
    // Not zero: the explorer uses more of MapLibre's API (controls, errors) than the bare page, and tree-shaking keeps it.
    ['MapLibre', ['maplibre']],
  ];
  const sum = (a: Attribution, cs: Category[]) => cs.reduce((n, c) => n + a.gzip[c], 0);
  const rows = groups.map(([label, cs]) => [
    `Bytes beyond bare, gzip: ${label}`,
    kb(sum(app, cs) - sum(bare, cs)),
    '',
    '',
    kb(sum(big, cs) - sum(bare, cs)),
    '',
    '',
  ]);
  const all = [...CATEGORIES];
  rows.push([
    'Bytes beyond bare, gzip: total',
    kb(sum(app, all) - sum(bare, all)),
    `bare ${kb(sum(bare, all))}`,
    '',
    kb(sum(big, all) - sum(bare, all)),
    '',
    '',
  ]);
  return rows;
}

/** A fixed-width text table. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown, for README's "Performance" section. */
export function formatMarkdown(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const HEADER = ['Measurement', 'Explorer 1×', 'Baseline', 'Ratio', 'Explorer 100×', '100× / 1×', 'Target'];
