import type { Figure } from '../data/types';
import type { ChartSpec } from './specs';

export interface Run {
  text: string;
  bold: boolean;
}
/** One line of text, left-aligned at `x`, baseline at `y`. */
export interface Line {
  x: number;
  y: number;
  runs: Run[];
}
interface Part {
  figure: Figure;
  x: number;
  width: number;
  tone: number;
}
interface LegendEntry {
  figure: Figure;
  y: number;
  tone: number | null;
}

export interface RowLayout {
  lines: Line[];
  barY: number;
  parts: Part[];
  /** Set when the bar is too long for the scale: it is cut, with a break mark at this x. */
  breakX?: number;
  /** Set for a lower bound ("over twenty"): the bar fades out over this span after its end. */
  fade?: { x: number; width: number };
  legend: LegendEntry[];
}

export interface ChartLayout {
  width: number;
  height: number;
  rows: RowLayout[];
  /** For a cut bar: how many times the drawn width it would be at the chart's scale. */
  breakRatio?: number;
  /** Every figure drawn, once, in reading order. */
  figures: Figure[];
}

const FONT = 15;
const LINE = 20;
export const BAR = 18;
export const SWATCH = 12;
const ROW_GAP = 18;
/** A bar is cut when it is this many times the longest of the others. */
const BREAK_FACTOR = 4;
/** Room left after the longest bar for a lower bound's fade. */
const OPEN_END_HEADROOM = 1.15;

/** Rough text width: DejaVu Sans, the widest likely fallback, averages about 0.6 em. */
const textWidth = (text: string, bold: boolean) => text.length * FONT * (bold ? 0.62 : 0.56);

/** Greedy word wrap of "display counts" with the source's wording in bold. */
export function wrapFigure(figure: Figure, maxWidth: number): Run[][] {
  const words = [...figure.display.split(' ').map((text) => ({ text, bold: true })), ...figure.counts.split(' ').map((text) => ({ text, bold: false }))];
  const lines: Run[][] = [];
  let line: Run[] = [];
  let used = 0;
  for (const word of words) {
    const w = textWidth(`${word.text} `, word.bold);
    if (line.length > 0 && used + w > maxWidth) {
      lines.push(line);
      line = [];
      used = 0;
    }
    const last = line[line.length - 1];
    // Merge with the previous run of the same weight so the SVG gets few tspans.
    if (last && last.bold === word.bold) last.text += ` ${word.text}`;
    else line.push({ text: line.length > 0 ? ` ${word.text}` : word.text, bold: word.bold });
    used += w;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const total = (figures: Figure[]) => figures.reduce((sum, f) => sum + f.value, 0);

/**
 * Lays a chart out at `width` px: rows of text above proportional bars on one linear scale.
 * Returns null when a figure the spec names is not in the fact base.
 */
export function layoutChart(spec: ChartSpec, figureById: (id: string) => Figure | undefined, width: number): ChartLayout | null {
  const resolved = spec.rows.map((row) => ({
    head: row.head === undefined ? undefined : figureById(row.head),
    segments: row.segments.map(figureById),
    wantsHead: row.head !== undefined,
  }));
  if (resolved.some((r) => (r.wantsHead && !r.head) || r.segments.some((s) => !s))) return null;
  const rows = resolved.map((r) => ({ head: r.head, segments: r.segments as Figure[] }));

  // Split a bar into parts only when the parts add up to the whole the source gives.
  const bars = rows.map((r) => (r.head && total(r.segments) !== r.head.value ? [r.head] : r.segments));
  const totals = bars.map(total);
  const broken = totals.map((t, i) => {
    const others = totals.filter((_, j) => j !== i);
    return others.length > 0 && t > BREAK_FACTOR * Math.max(...others);
  });
  const unbrokenMax = Math.max(...totals.filter((_, i) => !broken[i]));
  const openEnded = rows.some((r) => r.segments.some((s) => s.atLeast));
  const domain = unbrokenMax * (openEnded ? OPEN_END_HEADROOM : 1);
  const scale = (v: number) => (v / domain) * width;

  let y = 0;
  let breakRatio: number | undefined;
  const layouts = rows.map((row, i): RowLayout => {
    const lines: Line[] = [];
    const addLine = (runs: Run[], x = 0) => {
      y += LINE;
      lines.push({ x, y: y - 5, runs });
    };
    if (spec.kind === 'pair') {
      const period = row.segments[0]!.period;
      addLine([{ text: period.charAt(0).toUpperCase() + period.slice(1), bold: true }]);
    }
    const summary = row.head ?? (row.segments.length === 1 ? row.segments[0] : undefined);
    if (summary) for (const runs of wrapFigure(summary, width)) addLine(runs);
    y += 4;
    const barY = y;
    const bar = bars[i]!;
    let x = 0;
    const parts = bar.map((figure, tone): Part => {
      const w = broken[i] ? width : scale(figure.value);
      const part = { figure, x, width: Math.max(1, w - (tone < bar.length - 1 ? 2 : 0)), tone };
      x += w;
      return part;
    });
    y += BAR;
    const layout: RowLayout = { lines, barY, parts, legend: [] };
    if (broken[i]) {
      layout.breakX = Math.round(width * 0.8);
      breakRatio = Math.round(totals[i]! / domain);
    }
    if (!broken[i] && bar.some((f) => f.atLeast)) layout.fade = { x, width: Math.min(width - x, scale(domain) * 0.12) };
    if (rows[i]!.segments.length > 1) {
      const split = bar.length > 1;
      y += 4;
      for (const [tone, figure] of rows[i]!.segments.entries()) {
        const first = lines.length;
        for (const runs of wrapFigure(figure, width - SWATCH - 6)) addLine(runs, SWATCH + 6);
        // The swatch sits beside the entry's first line.
        layout.legend.push({ figure, y: lines[first]!.y, tone: split ? tone : null });
      }
    }
    y += ROW_GAP;
    return layout;
  });

  const figures = [...new Set(rows.flatMap((r) => [...(r.head ? [r.head] : []), ...r.segments]))];
  return { width, height: y - ROW_GAP + 4, rows: layouts, figures, ...(breakRatio ? { breakRatio } : {}) };
}
