import { kinks, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Why a country polygon would be unfit to draw, or undefined if it is fine: every ring closed,
 * with at least four positions and some area, and within each part no edge crossing or touching
 * another. Separate parts may touch at a point (Zeelandic Flanders and the rest of the
 * Netherlands do), as the simple-features rules allow.
 */
export function polygonProblem(geometry: Polygon | MultiPolygon): string | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const ring of polygons.flat()) {
    if (ring.length < 4) return `ring with ${ring.length} positions`;
    if (!samePosition(ring[0]!, ring[ring.length - 1]!)) return 'open ring';
    if (ringArea(ring) === 0) return 'ring without area';
  }
  const crossings = polygons.reduce((sum, rings) => sum + kinks(polygon(rings)).features.length, 0);
  return crossings > 0 ? `${crossings} self-intersections` : undefined;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Shoelace area in square degrees, positive for counter-clockwise rings. */
function ringArea(ring: Position[]): number {
  let twice = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    twice += x0! * y1! - x1! * y0!;
  }
  return twice / 2;
}
