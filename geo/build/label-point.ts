import { area, bbox, booleanPointInPolygon, centerOfMass, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Grid cells per side when searching a shape for the point farthest inside it. */
const SEARCH_GRID = 48;

/**
 * A point well inside a country, for its label and as the end of route arcs: the centre of mass
 * of its largest part when that falls inside; otherwise (Croatia's crescent, say) the point of a
 * grid over the part that lies farthest from its edge. Turf's pointOnFeature would fall back to
 * a boundary vertex, which is no place for a label.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): Position {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygon(parts.reduce((a, b) => (area(polygon(b)) > area(polygon(a)) ? b : a)));
  const centre = centerOfMass(largest).geometry.coordinates;
  if (booleanPointInPolygon(centre, largest)) return centre;

  const [west, south, east, north] = bbox(largest);
  let best: Position = centre;
  let bestDepth = -Infinity;
  for (let row = 1; row < SEARCH_GRID; row++) {
    for (let col = 1; col < SEARCH_GRID; col++) {
      const candidate = [west + ((east - west) * col) / SEARCH_GRID, south + ((north - south) * row) / SEARCH_GRID];
      if (!booleanPointInPolygon(candidate, largest)) continue;
      const depth = distanceToEdge(candidate, largest.geometry.coordinates);
      if (depth > bestDepth) [best, bestDepth] = [candidate, depth];
    }
  }
  return best;
}

/** Planar distance from a point to the nearest ring edge, with longitude shrunk for latitude. */
function distanceToEdge([x, y]: Position, rings: Position[][]): number {
  const kx = Math.cos((y! * Math.PI) / 180);
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1]!;
      const [bx, by] = ring[i]!;
      const dx = (bx! - ax!) * kx;
      const dy = by! - ay!;
      const px = (x! - ax!) * kx;
      const py = y! - ay!;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
      nearest = Math.min(nearest, Math.hypot(px - t * dx, py - t * dy));
    }
  }
  return nearest;
}
