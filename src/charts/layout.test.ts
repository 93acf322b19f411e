import { describe, expect, it } from 'vitest';
import type { Figure } from '../data/types';
import { layoutChart, wrapFigure } from './layout';
import type { ChartSpec } from './specs';

const cite = { doc: 'fco-2004', para: 'p24', quote: 'q' } as const;
const fig = (id: string, value: number, display: string, counts: string, extra: Partial<Figure> = {}): Figure => ({
  id,
  value,
  display,
  counts,
  unit: 'people',
  period: `period of ${id}`,
  year: 2003,
  stated: 2004,
  places: ['XK'],
  cite,
  ...extra,
});
const figures = [
  fig('raids', 2047, '2,047', 'raids, operations and bar checks'),
  fig('closed', 57, '57', 'establishments closed down'),
  fig('charged', 60, '60', 'people charged'),
  fig('convicted', 16, '16', 'convicted'),
  fig('released', 18, '18', 'released'),
  fig('waiting', 26, '26', 'awaiting trial'),
  fig('then', 9, 'nine', 'officers'),
  fig('now', 20, 'over twenty', 'officers', { atLeast: true }),
];
const byId = (id: string) => figures.find((f) => f.id === id);
const funnel: ChartSpec = {
  id: 'f',
  kind: 'funnel',
  title: 't',
  shownFor: [],
  rows: [{ segments: ['raids'] }, { segments: ['closed'] }, { head: 'charged', segments: ['convicted', 'released', 'waiting'] }],
};
const pair: ChartSpec = { id: 'p', kind: 'pair', title: 't', shownFor: [], rows: [{ segments: ['then'] }, { segments: ['now'] }] };
const drawn = (part: { width: number }, last: boolean) => part.width + (last ? 0 : 2);

describe('layoutChart', () => {
  const chart = layoutChart(funnel, byId, 300)!;

  it('draws bars in proportion on one linear scale', () => {
    const [, closed, charged] = chart.rows;
    expect(closed!.parts[0]!.width / drawn(charged!.parts[2]!, true)).toBeCloseTo(57 / 26, 5);
    const chargedWidth = charged!.parts.reduce((sum, p, i, all) => sum + drawn(p, i === all.length - 1), 0);
    expect(chargedWidth).toBeCloseTo(300, 5);
    expect(charged!.parts.map((p) => p.x)).toEqual([0, 80, 170]);
  });

  it('cuts a bar far longer than the rest, and says by how much', () => {
    expect(chart.rows[0]!.breakX).toBeGreaterThan(0);
    expect(chart.rows[0]!.parts[0]!.width).toBe(300);
    expect(chart.breakRatio).toBe(34);
    expect(chart.rows[1]!.breakX).toBeUndefined();
  });

  it('labels every bar with the source wording, bold, and lists the parts of a split bar', () => {
    const firstRuns = chart.rows.map((r) => r.lines[0]!.runs[0]);
    expect(firstRuns).toEqual([
      { text: '2,047', bold: true },
      { text: '57', bold: true },
      { text: '60', bold: true },
    ]);
    expect(chart.rows[2]!.legend.map((l) => [l.figure.display, l.tone])).toEqual([
      ['16', 0],
      ['18', 1],
      ['26', 2],
    ]);
    expect(chart.figures.map((f) => f.id)).toEqual(['raids', 'closed', 'charged', 'convicted', 'released', 'waiting']);
  });

  it('draws a lower bound as an open-ended bar, leaving room for its fade', () => {
    const p = layoutChart(pair, byId, 300)!;
    const [then, now] = p.rows;
    expect(then!.parts[0]!.width / now!.parts[0]!.width).toBeCloseTo(9 / 20, 5);
    expect(now!.fade).toBeDefined();
    expect(now!.fade!.x + now!.fade!.width).toBeLessThanOrEqual(300);
    expect(then!.fade).toBeUndefined();
    expect(then!.lines[0]!.runs[0]!.text).toBe('Period of then');
  });

  it('keeps text rows from overlapping bars', () => {
    for (const row of chart.rows) for (const line of row.lines.filter((l) => l.y < row.barY)) expect(line.y).toBeLessThan(row.barY);
    expect(chart.height).toBeGreaterThan(chart.rows[2]!.legend[2]!.y);
  });

  it('gives up when a named figure is missing', () => {
    expect(layoutChart({ ...pair, rows: [{ segments: ['nope'] }] }, byId, 300)).toBeNull();
  });
});

describe('wrapFigure', () => {
  it('wraps to the width without losing words', () => {
    const lines = wrapFigure(figures[0]!, 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.map((r) => r.text).join('')).join(' ')).toBe('2,047 raids, operations and bar checks');
  });
});
