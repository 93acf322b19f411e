/** Web Mercator maths shared by the SVG map and the story's camera framing. Pure: no DOM, no map library. */

export type LngLat = [number, number];
/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];
export type Point = [number, number];

/** MapLibre draws the whole world 512 px wide at zoom 0, doubling with each zoom level. */
export const WORLD_PX_AT_ZOOM_0 = 512;

/** Mercator's usable latitude limit; the poles project to infinity. */
const MAX_LAT = 85.051129;

/** Longitude and latitude to world units: x and y run 0–1, y grows southwards. `mercator([0, 0])` → [0.5, 0.5]. */
export function mercator([lng, lat]: LngLat): Point {
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** The inverse of `mercator`. */
export function unmercator([x, y]: Point): LngLat {
  return [x * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90];
}

/** The box a `width` × `height` px map shows when centred on `center` at `zoom` (MapLibre's zoom scale). */
export function cameraBox(center: LngLat, zoom: number, width: number, height: number): BBox {
  const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** zoom;
  const [x, y] = mercator(center);
  const [west, north] = unmercator([x - width / 2 / worldPx, y - height / 2 / worldPx]);
  const [east, south] = unmercator([x + width / 2 / worldPx, y + height / 2 / worldPx]);
  return [west, south, east, north];
}

/**
 * A projection into a `width` × `height` frame in which `bbox` fits, centred, with Mercator's
 * proportions kept (the frame may show more than the box along one axis).
 * Example: `fitProjection([13, 40, 30, 49], 1200, 700)([20, 43])` → pixel position of 20° E, 43° N.
 */
export function fitProjection(bbox: BBox, width: number, height: number): (p: LngLat) => Point {
  const [x0, y0] = mercator([bbox[0], bbox[3]]);
  const [x1, y1] = mercator([bbox[2], bbox[1]]);
  const scale = Math.min(width / (x1 - x0), height / (y1 - y0));
  const offsetX = (width - (x1 - x0) * scale) / 2;
  const offsetY = (height - (y1 - y0) * scale) / 2;
  return (p) => {
    const [x, y] = mercator(p);
    return [offsetX + (x - x0) * scale, offsetY + (y - y0) * scale];
  };
}

/** The zoom (MapLibre's scale) at which fitProjection draws `bbox` in a `width` × `height` frame. */
export function fitZoom(bbox: BBox, width: number, height: number): number {
  const [x0, y0] = mercator([bbox[0], bbox[3]]);
  const [x1, y1] = mercator([bbox[2], bbox[1]]);
  return Math.log2(Math.min(width / (x1 - x0), height / (y1 - y0)) / WORLD_PX_AT_ZOOM_0);
}

/** Space kept clear along each edge of the frame, in px. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The camera at which `bbox` fits the part of a `width` × `height` frame inside `insets`, as
 * MapLibre's fitBounds computes it, zoomed in no further than `maxZoom`.
 * Example: `fitCamera([20, 42, 21, 43], 400, 400, none, 6)` → `{ center: [20.5, ~42.5], zoom: 6 }`.
 */
export function fitCamera(bbox: BBox, width: number, height: number, insets: Insets, maxZoom: number): { center: LngLat; zoom: number } {
  const [x0, y0] = mercator([bbox[0], bbox[3]]);
  const [x1, y1] = mercator([bbox[2], bbox[1]]);
  const inner = [Math.max(1, width - insets.left - insets.right), Math.max(1, height - insets.top - insets.bottom)] as const;
  const fitted = Math.log2(Math.min(inner[0] / Math.max(x1 - x0, 1e-9), inner[1] / Math.max(y1 - y0, 1e-9)) / WORLD_PX_AT_ZOOM_0);
  const zoom = Math.min(maxZoom, fitted);
  const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** zoom;
  // The box's centre sits at the centre of the inset area, which is off the frame's centre by half the difference.
  const cx = (x0 + x1) / 2 - (insets.left - insets.right) / 2 / worldPx;
  const cy = (y0 + y1) / 2 - (insets.top - insets.bottom) / 2 / worldPx;
  return { center: unmercator([cx, cy]), zoom };
}
