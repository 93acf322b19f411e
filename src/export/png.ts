import { RECORDS } from '../data/vocab';
import { TIME_MODES, type TimeMode } from '../data/time';
import { referenceOf } from '../cite/format';
import { entityById, figuresFor, figuresOf, visibleIn } from '../data/queries';
import { documents, licence } from '../data/sources';
import type { Figure } from '../data/types';
import { FIRST_YEAR, LAST_YEAR, type ExplorerState } from '../store/explorer';
import { viewTitle } from './cite';
import { fileSlug, saveBlob } from './download';
import { drawLegend } from './pngLegend';
import { snapshotMap, type MapSnapshot } from './snapshot';

/**
 * "Download PNG": the map as it is on screen, framed as a chart-tool export — title, description,
 * map, legend, caption, source line — all drawn on one 2D canvas with fillText, no HTML.
 */

const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif`;
const INK = '#1b1f24';
const INK_SOFT = '#4a525c';
const RULE = '#d3d7dc';
const PAD = 20;

const OVERVIEW_LINE =
  `Where ${RECORDS} say women and girls were trafficked from and into, as they describe it; ` +
  'dotted arrows give direction only, as the records give no path.';

/**
 * The figure a caption leads with: the selected figure, or the first one about the selected place
 * or initiative that the time window shows.
 */
function captionFigure(selection: string | null, year: number, time: TimeMode): Figure | undefined {
  const entity = selection === null ? undefined : entityById(selection);
  const shown = (figures: Figure[]) => figures.find((item) => visibleIn({ kind: 'figure', item }, year, time));
  switch (entity?.kind) {
    case 'figure':
      return entity.item;
    case 'place':
      return shown(figuresFor(entity.item.id));
    case 'initiative':
      return shown(figuresOf(entity.item.id));
    default:
      return undefined;
  }
}

/**
 * Caption lines: a selected figure's own sentence, quoted; for a place or initiative its first
 * figure in our words; the overview line when the view has no figure. Each figure with its reference.
 */
function caption(selection: string | null, year: number, time: TimeMode): { text: string; reference?: string } {
  const figure = captionFigure(selection, year, time);
  if (!figure) return { text: OVERVIEW_LINE };
  const text = figure.id === selection ? `“${figure.cite.quote}”` : `${figure.display} ${figure.counts}, ${figure.period}.`;
  return { text, reference: referenceOf(figure.cite) };
}

const sourceLine = () =>
  `Sources: ${Object.values(documents)
    .map((d) => d.reference)
    .join('; ')}. Boundaries: Natural Earth. ${licence.attribution}.`;

function description(year: number, time: TimeMode): string {
  const lede = `What a 2002 Commons written answer and the FCO’s 2004 evidence to the Foreign Affairs Committee say about human trafficking in the Balkans, ${FIRST_YEAR}–${LAST_YEAR}, and where they speak of illegal immigration instead (grey, gridded, dashed)`;
  return year === LAST_YEAR ? `${lede}.` : `${lede}. ${TIME_MODES[time].sentence(year)}.`;
}

/** Breaks `text` into lines no wider than `width` in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

interface Frame {
  title: string;
  description: string;
  caption: { text: string; reference?: string };
  source: string;
}

/**
 * Lays out and draws the export; returns the height used in CSS pixels. Run once on a scratch
 * canvas to measure, then on the real one, so layout and drawing cannot disagree.
 */
function paint(ctx: CanvasRenderingContext2D, frame: Frame, map: MapSnapshot): number {
  const width = map.width;
  let y = PAD;
  const text = (lines: string[], size: number, lineHeight: number, colour: string, weight = 'normal') => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.fillStyle = colour;
    for (const line of lines) {
      ctx.fillText(line, PAD, y + size);
      y += lineHeight;
    }
  };
  const block = (value: string, size: number, lineHeight: number, colour: string, weight = 'normal') => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    text(wrap(ctx, value, width), size, lineHeight, colour, weight);
  };

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width + 2 * PAD, 100_000);
  block(frame.title, 22, 28, INK, 'bold');
  y += 2;
  block(frame.description, 14, 20, INK_SOFT);
  y += 12;

  ctx.drawImage(map.image, PAD, y, map.width, map.height);
  ctx.strokeStyle = RULE;
  ctx.lineWidth = 1;
  ctx.strokeRect(PAD - 0.5, y - 0.5, map.width + 1, map.height + 1);
  y += map.height + 14;

  ctx.font = `normal 13px ${FONT}`;
  ctx.fillStyle = INK;
  y += drawLegend(ctx, PAD, y, width) + 16;

  block(frame.caption.text, 15, 21, INK);
  if (frame.caption.reference) block(frame.caption.reference, 13, 18, INK_SOFT);
  y += 10;

  ctx.fillStyle = RULE;
  ctx.fillRect(PAD, y, width, 1);
  y += 8;
  block(frame.source, 12, 17, INK_SOFT);
  return Math.ceil(y + PAD - 4);
}

/**
 * Renders the current view to a PNG at `scale` (1 or 2). The map is captured at that pixel ratio
 * (see captureMap), and the frame is drawn at the same scale, so 2× is 2× throughout.
 */
async function renderViewPng(state: Pick<ExplorerState, 'selection' | 'year' | 'time'>, scale: number): Promise<Blob> {
  const map = await snapshotMap(scale);
  const frame: Frame = {
    title: viewTitle(state.selection),
    description: description(state.year, state.time),
    caption: caption(state.selection, state.year, state.time),
    source: sourceLine(),
  };
  const scratch = document.createElement('canvas').getContext('2d');
  if (!scratch) throw new Error('This browser cannot draw images.');
  const height = paint(scratch, frame, map);

  const canvas = document.createElement('canvas');
  canvas.width = (map.width + 2 * PAD) * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  ctx.scale(scale, scale);
  ctx.imageSmoothingQuality = 'high';
  paint(ctx, frame, map);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png'));
}

/** Captures the view and saves it as balkan-routes-<selection>.png, or …@2x.png at 2×. */
export async function downloadViewPng(state: Pick<ExplorerState, 'selection' | 'year' | 'time'>, scale: 1 | 2): Promise<void> {
  const blob = await renderViewPng(state, scale);
  saveBlob(blob, `balkan-routes-${fileSlug(state.selection)}${scale === 2 ? '@2x' : ''}.png`);
}
