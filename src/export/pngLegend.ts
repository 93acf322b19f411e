import { LAYER_IDS, LAYERS, PLACE_KINDS, ROLES as ROLE_WORDS, SEVERAL_ROLES, type Role } from '../data/vocab';
import { theme as t } from '../symbols/theme';
import { countryFill, type CountryFill, type FillPattern } from '../symbols/fills';
import { ROUTE_LOOK_IDS, ROUTE_LOOKS, type RouteLook } from '../symbols/lines';
import { MARKER_KINDS, markerExtent, MARKERS } from '../symbols/markers';
import { IMAGE_PIXEL_RATIO, markerRaster, patternImage, type RgbaImage } from '../symbols/raster';

/**
 * The legend of the PNG export: the same swatches as the on-screen legend, each country fill
 * tiled from the raster renderer's own pattern (the one MapLibre draws), so the export reads in
 * grey-scale print as the map does; and the route looks.
 */

const SWATCH = { width: 30, height: 20 };

type Item = { label: string; draw: (ctx: CanvasRenderingContext2D) => void };

/** One of the raster renderer's images on a canvas of its own, at IMAGE_PIXEL_RATIO device px per CSS px. */
function canvasOf(image: RgbaImage): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  canvas.getContext('2d')?.putImageData(new ImageData(image.data, image.width, image.height), 0, 0);
  return canvas;
}

/** The pattern's tile as a canvas pattern in CSS px, whatever the context's scale. */
function canvasPattern(ctx: CanvasRenderingContext2D, fill: FillPattern): CanvasPattern | null {
  const pattern = ctx.createPattern(canvasOf(patternImage(fill, t, IMAGE_PIXEL_RATIO)), 'repeat');
  pattern?.setTransform(new DOMMatrix().scale(1 / IMAGE_PIXEL_RATIO));
  return pattern;
}

function fillSwatch(fill: CountryFill): (ctx: CanvasRenderingContext2D) => void {
  return (ctx) => {
    ctx.fillStyle = fill.colour;
    ctx.fillRect(0, 0, SWATCH.width, SWATCH.height);
    const pattern = fill.pattern && canvasPattern(ctx, fill.pattern);
    if (pattern) {
      ctx.fillStyle = pattern;
      ctx.fillRect(0, 0, SWATCH.width, SWATCH.height);
    }
    ctx.strokeStyle = t.border;
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, 0.5, SWATCH.width - 1, SWATCH.height - 1);
  };
}

function routeSwatch(look: RouteLook): (ctx: CanvasRenderingContext2D) => void {
  const width = 2 * look.width;
  const curve = (ctx: CanvasRenderingContext2D) => {
    ctx.beginPath();
    ctx.moveTo(2, 15);
    ctx.quadraticCurveTo(15, 2, 28, 12);
    ctx.stroke();
  };
  return (ctx) => {
    ctx.lineCap = 'round';
    [ctx.strokeStyle, ctx.lineWidth] = [t.routeCasing, width + 3];
    curve(ctx);
    ctx.lineCap = look.dash ? 'butt' : 'round';
    ctx.setLineDash(look.dash ? look.dash.map((n) => Math.max(0.5, n * width)) : []);
    [ctx.strokeStyle, ctx.lineWidth] = [t[look.ink], width];
    curve(ctx);
    ctx.setLineDash([]);
  };
}

/** The markers a legend switch shows, side by side: the very images MapLibre draws them with. */
function markerSwatch(kinds: readonly (typeof MARKER_KINDS)[number][]): (ctx: CanvasRenderingContext2D) => void {
  const step = SWATCH.width / kinds.length;
  // Shrunk only where they would not fit, as the on-screen legend's MarkerSwatch does.
  const fit = Math.min(1, ...kinds.map((k) => (Math.min(step, SWATCH.height) / 2 - 0.5) / markerExtent(MARKERS[k])));
  return (ctx) =>
    kinds.forEach((kind, i) => {
      const image = markerRaster(MARKERS[kind], t, IMAGE_PIXEL_RATIO);
      const [w, h] = [(image.width / IMAGE_PIXEL_RATIO) * fit, (image.height / IMAGE_PIXEL_RATIO) * fit];
      const cx = step * (i + 0.5);
      ctx.drawImage(canvasOf(image), cx - w / 2, SWATCH.height / 2 - h / 2, w, h);
    });
}

const roles = (label: string, list: Role[]): Item => ({ label, draw: fillSwatch(countryFill(list, false, t)) });
const ITEMS: Item[] = [
  roles(ROLE_WORDS.source.legend, ['source']),
  roles(ROLE_WORDS.transit.legend, ['transit']),
  roles(ROLE_WORDS.destination.legend, ['destination']),
  roles(SEVERAL_ROLES, ['transit', 'destination']),
  { label: 'Illegal immigration (not trafficking)', draw: fillSwatch(countryFill([], true, t)) },
  ...ROUTE_LOOK_IDS.map((id) => ({ label: ROUTE_LOOKS[id].label, draw: routeSwatch(ROUTE_LOOKS[id]) })),
  ...LAYER_IDS.map((id) => ({ id, label: LAYERS[id].label })).flatMap(({ id, label }) => {
    const kinds = MARKER_KINDS.filter((k) => PLACE_KINDS[k].layer === id);
    return kinds.length ? [{ label, draw: markerSwatch(kinds) }] : [];
  }),
];

/**
 * Draws the legend as a row that wraps within `width`, from (x, y); returns the height used.
 * The caller sets the font.
 */
export function drawLegend(ctx: CanvasRenderingContext2D, x: number, y: number, width: number): number {
  const [gap, labelGap, rowHeight] = [18, 7, SWATCH.height + 8];
  let [cx, cy] = [x, y];
  for (const item of ITEMS) {
    const itemWidth = SWATCH.width + labelGap + ctx.measureText(item.label).width;
    if (cx > x && cx + itemWidth > x + width) [cx, cy] = [x, cy + rowHeight];
    ctx.save();
    ctx.translate(cx, cy);
    item.draw(ctx);
    ctx.restore();
    ctx.textBaseline = 'middle';
    ctx.fillText(item.label, cx + SWATCH.width + labelGap, cy + SWATCH.height / 2 + 1);
    cx += itemWidth + gap;
  }
  ctx.textBaseline = 'alphabetic';
  return cy + SWATCH.height - y;
}
