// Turns the benchmark's samples into the printed table and the summary in results.json.
import { CATEGORIES, CATEGORY_LABEL, type Attribution, type Category } from './attribution';
import { percentile } from './measure';

export type TargetName = 'bare' | 'app' | 'app100';

export interface Samples {
  idle: Record<TargetName, number[]>;
  pan: Record<TargetName, number[]>;
  /** Per explorer build: selection by map click, by the overview list, time filter (panel, map). */
  mapSelect: Record<'app' | 'app100', number[]>;
  listSelect: Record<'app' | 'app100', number[]>;
  filterPanel: Record<'app' | 'app100', number[]>;
  filterMap: Record<'app' | 'app100', number[]>;
}

const median = (xs: number[]) => percentile(xs, 0.5);
const p95 = (xs: number[]) => percentile(xs, 0.95);
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 100 ? 1 : 0)} ms` : 'n/a');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');

/** Rows of [measurement, explorer 1×, baseline, ratio, explorer 100×, 100× / 1×]. */
export function tableRows(s: Samples): string[][] {
  const rows: string[][] = [];
  const vsBare = (label: string, by: Record<TargetName, number[]>, stat: (xs: number[]) => number) => {
    const [app, bare, big] = [stat(by.app), stat(by.bare), stat(by.app100)];
    rows.push([label, ms(app), `bare ${ms(bare)}`, ratio(app, bare), ms(big), ratio(big, app)]);
  };
  const alone = (label: string, by: Record<'app' | 'app100', number[]>) => {
    for (const [name, stat] of [['median', median], ['p95', p95]] as const) {
      const [app, big] = [stat(by.app), stat(by.app100)];
      rows.push([`${label}, ${name} (n=${by.app.length})`, ms(app), '', '', ms(big), ratio(big, app)]);
    }
  };
  vsBare(`Time to idle, median (n=${s.idle.app.length})`, s.idle, median);
  vsBare(`Pan frame interval p95, median of runs (n=${s.pan.app.length})`, s.pan, median);
  alone('Select by map click → panel painted', s.mapSelect);
  alone('Select from overview list → panel painted', s.listSelect);
  alone('Time filter → slider and panel painted', s.filterPanel);
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
  const rows = groups.map(([label, cs]) => [`Bytes beyond bare, gzip: ${label}`, kb(sum(app, cs) - sum(bare, cs)), '', '', kb(sum(big, cs) - sum(bare, cs)), '']);
  const all = [...CATEGORIES];
  rows.push(['Bytes beyond bare, gzip: total', kb(sum(app, all) - sum(bare, all)), `bare ${kb(sum(bare, all))}`, '', kb(sum(big, all) - sum(bare, all)), '']);
  return rows;
}

/** A fixed-width text table. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const HEADER = ['Measurement', 'Explorer 1×', 'Baseline', 'Ratio', 'Explorer 100×', '100× / 1×'];
