import type { Point } from './project';

/** A label to place, with the spots it may take in order of preference. */
export interface LabelRequest {
  id: string;
  text: string;
  size: number;
  /** Where the label may go; the first that fits the frame and clears everything placed wins. */
  spots: { at: Point; anchor: Anchor }[];
}
export type Anchor = 'start' | 'middle' | 'end';
interface PlacedLabel {
  id: string;
  /** The text broken into lines of at most LINE_CHARS characters where it can be. */
  lines: string[];
  size: number;
  at: Point;
  anchor: Anchor;
}
export type Box = [number, number, number, number];

/** Bold sans-serif runs at about 0.6 em per character; close enough to keep labels apart. */
const CHAR_WIDTH = 0.6;
const LINE_CHARS = 30;
/** Line spacing, in ems, for labels of several lines. */
export const LINE_HEIGHT = 1.15;
/** A region's name on the live SVG map (symbols.tsx RegionName), times the theme's scale. */
export const REGION_NAME_SIZE = 12;

/** Breaks at spaces into lines of at most LINE_CHARS (a longer word gets a line of its own). */
export function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The box a label's `lines` cover, `at` being the first line's baseline. */
export function labelBox(lines: string[], size: number, [x, y]: Point, anchor: Anchor): Box {
  const width = Math.max(...lines.map((l) => l.length)) * size * CHAR_WIDTH;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // `at` is the first line's baseline: the box runs from its cap height to below the last line.
  return [left, y - size * 0.8, left + width, y + size * (0.25 + LINE_HEIGHT * (lines.length - 1))];
}

/**
 * Where a region's name is centred: on its point, moved out from under anything `covered` at its
 * height (a scene's card), then in from the frame's sides, so it reads whole.
 */
export function regionNameAt(name: string, [x, y]: Point, scale: number, width: number, covered: Box[] = []): Point {
  const half = (name.length * REGION_NAME_SIZE * scale * CHAR_WIDTH) / 2 + 4;
  const rise = REGION_NAME_SIZE * scale * 0.6;
  let at = x;
  for (const [left, top, right, bottom] of covered) {
    if (y + rise < top || y - rise > bottom || at + half <= left || at - half >= right) continue;
    at = at < (left + right) / 2 ? left - half : right + half;
  }
  return [Math.min(Math.max(at, half), width - half), y];
}

/** The box a region's name covers, centred on `at` (RegionName sets its baseline 0.35 em below). */
export const regionNameBox = (name: string, [x, y]: Point, scale: number): Box => {
  const size = REGION_NAME_SIZE * scale;
  return labelBox([name], size, [x, y + 0.35 * size], 'middle');
};

export const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

/** Spots around a marker of radius `r`: right, left, above, below, the four corners, then all eight again twice, further out each time. */
export function aroundMarker([x, y]: Point, r: number, size: number): LabelRequest['spots'] {
  return [r + 5, 2 * r + 15, 4 * r + 30].flatMap((gap): LabelRequest['spots'] => [
    { at: [x + gap, y + size * 0.3], anchor: 'start' },
    { at: [x - gap, y + size * 0.3], anchor: 'end' },
    { at: [x, y - gap], anchor: 'middle' },
    { at: [x, y + gap + size * 0.8], anchor: 'middle' },
    { at: [x + gap * 0.7, y - gap * 0.7], anchor: 'start' },
    { at: [x + gap * 0.7, y + gap * 0.7 + size * 0.8], anchor: 'start' },
    { at: [x - gap * 0.7, y - gap * 0.7], anchor: 'end' },
    { at: [x - gap * 0.7, y + gap * 0.7 + size * 0.8], anchor: 'end' },
  ]);
}

/** What a label should keep off besides the labels placed before it. */
interface Avoid {
  /** Markers: a label may cover one where there is no other room. */
  obstacles?: Box[];
  /** Marks that are words, such as a region's name: covering one costs far more. */
  keepClear?: Box[];
  /** What lies over the map (a legend, a scene's card): a label under it is as good as outside the frame. */
  covered?: Box[];
}

/**
 * Greedy placement, in request order: each label takes its first spot that lies inside the
 * `width` × `height` frame, out from under `covered`, and clears `obstacles`, `keepClear` and the
 * labels already placed; failing that, the spot that overlaps least. A label is never dropped: the
 * handout must name it.
 */
export function placeLabels(
  requests: LabelRequest[],
  width: number,
  height: number,
  { obstacles = [], keepClear = [], covered = [] }: Avoid = {},
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const covers = (box: Box, boxes: Box[]) => boxes.reduce((sum, t) => sum + overlap(box, t), 0);
  for (const { id, text, size, spots } of requests) {
    const lines = wrap(text);
    const scored = spots.map((spot) => {
      const box = labelBox(lines, size, spot.at, spot.anchor);
      const outside = box[0] < 2 || box[1] < 2 || box[2] > width - 2 || box[3] > height - 2;
      // Under a cover, the least hidden spot wins.
      const hidden = covers(box, covered);
      return { spot, box, cost: (outside ? 1e9 : 0) + (hidden > 0 ? 1e8 + 1e3 * hidden : 0) + covers(box, taken) + 1e4 * covers(box, keepClear) };
    });
    const best = scored.find((s) => s.cost === 0) ?? scored.reduce((a, b) => (b.cost < a.cost ? b : a));
    if (!best) continue;
    taken.push(best.box);
    placed.push({ id, lines, size, at: best.spot.at, anchor: best.spot.anchor });
  }
  return placed;
}
