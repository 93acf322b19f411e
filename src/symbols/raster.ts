import type { Theme } from './theme';
import { BANDS, TEXTURE_ALPHA, type FillPattern, type Pattern } from './fills';
import { ARROW } from './lines';
import { APPROXIMATE_RING, markerExtent, type MarkerLook } from './markers';

/**
 * The raster renderer: patterns and markers as RGBA pixels from signed distance functions — no
 * canvas (so it runs in Node tests too), no sprite file, no request. MapLibre's images and the
 * PNG legend both come from here.
 */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray<ArrayBuffer>;
}

/** Images are drawn at twice their CSS size so they stay sharp on high-density screens. */
export const IMAGE_PIXEL_RATIO = 2;

type Rgb = [number, number, number];
/** Signed distance in device pixels (negative inside) and what to paint there. */
type Layer = { sd: number; rgb: Rgb; alpha?: number };

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const coverage = (sd: number) => Math.min(1, Math.max(0, 0.5 - sd));
const mod = (a: number, n: number) => ((a % n) + n) % n;

/** Rasterises layers (later ones on top) with one-pixel antialiasing from the distance field. */
export function raster(width: number, height: number, layersAt: (x: number, y: number) => Layer[]): RgbaImage {
  const data = new Uint8ClampedArray(new ArrayBuffer(width * height * 4));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layersAt(x + 0.5, y + 0.5)) {
        const la = coverage(layer.sd) * (layer.alpha ?? 1);
        const out = la + a * (1 - la);
        if (out === 0) continue;
        [r, g, b] = [0, 1, 2].map((i) => (layer.rgb[i]! * la + [r, g, b][i]! * a * (1 - la)) / out) as Rgb;
        a = out;
      }
      data.set([r, g, b, a * 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** Distance in CSS px from (x, y) to a pattern's ink, the tile repeating every `period`. */
export function patternDistance(p: Pattern, x: number, y: number): number {
  const P = p.period;
  switch (p.kind) {
    case 'lines': {
      if (p.angle === 0) return Math.abs(mod(y, P) - P / 2) - p.width / 2;
      const along = p.angle === 45 ? x + y : x - y;
      return Math.abs(mod(along, P) - P / 2) / Math.SQRT2 - p.width / 2;
    }
    case 'dots': {
      const dot = (cx: number, cy: number) => Math.hypot(mod(x - cx + P / 2, P) - P / 2, mod(y - cy + P / 2, P) - P / 2);
      return Math.min(dot(P / 4, P / 4), dot((3 * P) / 4, (3 * P) / 4)) - p.radius;
    }
    case 'grid':
      return Math.min(Math.abs(mod(x, P) - P / 2), Math.abs(mod(y, P) - P / 2)) - p.width / 2;
  }
}

/** Which of `count` bands covers (x, y): bands fall to the right, one tile every BANDS.period. */
export function bandAt(x: number, y: number, count: number): number {
  return Math.floor((mod(x - y, BANDS.period) / BANDS.period) * count);
}

/** A fill pattern's tile at `ratio` device pixels per CSS px. */
export function patternImage(fill: FillPattern, t: Theme, ratio = IMAGE_PIXEL_RATIO): RgbaImage {
  if (fill.bands) {
    const colours = fill.bands.map((r) => rgbOf(t.roles[r]));
    const size = BANDS.period * ratio;
    return raster(size, size, (x, y) => [{ sd: -1, rgb: colours[bandAt(x / ratio, y / ratio, colours.length)]! }]);
  }
  const { pattern, ink } = fill.texture!;
  const size = pattern.period * ratio;
  const rgb = rgbOf(ink);
  return raster(size, size, (x, y) => [{ sd: patternDistance(pattern, x / ratio, y / ratio) * ratio, rgb, alpha: TEXTURE_ALPHA }]);
}

/** Distance from (dx, dy) to the edge of a marker shape `size` from its centre. */
export function shapeDistance(shape: MarkerLook['shape'], size: number, dx: number, dy: number): number {
  switch (shape) {
    case 'diamond':
      return (Math.abs(dx) + Math.abs(dy)) / Math.SQRT2 - size;
    case 'square':
      return Math.max(Math.abs(dx), Math.abs(dy)) - size;
    case 'circle':
      return Math.hypot(dx, dy) - size;
  }
}

/** A square image of whole device pixels around a centre, drawn from distances in CSS px. */
function centred(halfCss: number, ratio: number, layersAt: (dx: number, dy: number) => Layer[]): RgbaImage {
  const size = Math.ceil((halfCss + 1) * 2 * ratio);
  return raster(size, size, (x, y) => layersAt((x - size / 2) / ratio, (y - size / 2) / ratio));
}

/** A marker of symbols/markers.ts: its shape filled, its stroke outside the shape. */
export function markerRaster(look: MarkerLook, t: Theme, ratio = IMAGE_PIXEL_RATIO): RgbaImage {
  const [fill, stroke] = [rgbOf(t[look.fill]), rgbOf(t[look.stroke])];
  const [size, width] = [look.size * t.scale, look.strokeWidth * t.scale];
  return centred(markerExtent(look, t.scale), ratio, (dx, dy) => {
    const sd = shapeDistance(look.shape, size, dx, dy);
    // Under a see-through fill the stroke is a ring only; under an opaque one it may lie beneath.
    const strokeSd = look.fillOpacity === undefined ? sd - width : Math.max(sd - width, -sd);
    return [
      { sd: strokeSd * ratio, rgb: stroke },
      { sd: sd * ratio, rgb: fill, ...(look.fillOpacity === undefined ? {} : { alpha: look.fillOpacity }) },
    ];
  });
}

/** The dashed ring of an approximate location, on its casing. */
export function ringRaster(t: Theme, ratio = IMAGE_PIXEL_RATIO): RgbaImage {
  const r = APPROXIMATE_RING;
  const [radius, half, casing] = [r.radius * t.scale, (r.width / 2) * t.scale, r.casing * t.scale];
  return centred(radius + half + casing, ratio, (dx, dy) => {
    const dash = Math.floor(mod(Math.atan2(dy, dx), 2 * Math.PI) / (Math.PI / r.dashes)) % 2 === 0;
    const sd = Math.abs(Math.hypot(dx, dy) - radius) - half;
    return dash
      ? [
          { sd: (sd - casing) * ratio, rgb: rgbOf(t[r.casingInk]), alpha: r.casingOpacity },
          { sd: sd * ratio, rgb: rgbOf(t[r.ink]) },
        ]
      : [];
  });
}

/** The route arrowhead (symbols/lines.ts ARROW), pointing along +x: symbol-placement "line" turns it. */
export function arrowRaster(t: Theme, ratio = IMAGE_PIXEL_RATIO): RgbaImage {
  const s = t.scale * ratio;
  const [w, h, tip, back, half] = [ARROW.width, ARROW.height, ARROW.tip, ARROW.back, ARROW.half].map((n) => n * s) as [number, number, number, number, number];
  const slope = Math.hypot(tip - back, half);
  return raster(Math.round(w), Math.round(h), (x, y) => {
    const edge = ((x - tip) * half + Math.abs(y - h / 2) * (tip - back)) / slope; // distance to the slanted sides
    const sd = Math.max(edge, back - x);
    return [
      { sd: sd - ARROW.casing * s, rgb: rgbOf(t.routeCasing) },
      { sd, rgb: rgbOf(t.route) },
    ];
  });
}
