import { toMercator, toWgs84 } from '@turf/turf';
import type { Position } from 'geojson';

/** Points per leg, ends included. */
const POINTS_PER_LEG = 24;
/** How far the middle of a leg bows out, as a share of its length. */
const BOW = 0.15;

/**
 * A gentle arc from one place to the next: a quadratic Bézier curve bowing to the right of the
 * direction of travel, so a route and its reverse would not overlap. It is drawn in Web Mercator,
 * the map's projection, so it looks symmetrical on screen.
 */
export function arc(from: Position, to: Position): Position[] {
  const [x0, y0] = toMercator(from);
  const [x2, y2] = toMercator(to);
  const [dx, dy] = [x2! - x0!, y2! - y0!];
  // A quadratic curve reaches half-way to its control point, so the control sits at twice the bow.
  const [cx, cy] = [(x0! + x2!) / 2 + 2 * BOW * dy, (y0! + y2!) / 2 - 2 * BOW * dx];
  const points: Position[] = [];
  for (let i = 0; i < POINTS_PER_LEG; i++) {
    const t = i / (POINTS_PER_LEG - 1);
    const [a, b, c] = [(1 - t) ** 2, 2 * (1 - t) * t, t ** 2];
    points.push(toWgs84([a * x0! + b * cx + c * x2!, a * y0! + b * cy + c * y2!]));
  }
  // The ends are the anchors themselves, not their round trip through the projection.
  return [from, ...points.slice(1, -1), to];
}
