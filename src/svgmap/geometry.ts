import { entityById, placesOf } from '../data/queries';
import { PLACE_KIND_IDS, PLACE_KINDS, type LayerId, type PlaceKind } from '../data/vocab';
import type { LngLat, Point } from './project';

/** The legend switch that shows each kind of place (style.ts). */
export const LAYER_OF_KIND = Object.fromEntries(PLACE_KIND_IDS.map((k) => [k, PLACE_KINDS[k].layer])) as Record<PlaceKind, LayerId>;

export const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A GeoJSON geometry as an SVG path through `project`. */
export function pathOf(geometry: GeoJSON.Geometry, project: (p: LngLat) => Point): string {
  const line = (coords: GeoJSON.Position[], close: boolean) =>
    coords
      .map(
        (c, i) =>
          `${i === 0 ? 'M' : 'L'}${project(c as LngLat)
            .map((n) => n.toFixed(1))
            .join(' ')}`,
      )
      .join('') + (close ? 'Z' : '');
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((r) => line(r, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((poly) => poly.map((r) => line(r, true))).join('');
    case 'LineString':
      return line(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => line(l, false)).join('');
    default:
      return '';
  }
}

/** The given ids plus the places they are about: an initiative's, a route's (binding.ts lights the same). */
export function emphasised(ids: readonly string[]): Set<string> {
  const lit = new Set<string>();
  for (const id of ids) {
    const entity = entityById(id);
    if (entity) [id, ...placesOf(entity)].forEach((p) => lit.add(p));
  }
  return lit;
}
