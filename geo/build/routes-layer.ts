import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { Subject } from '../../src/data/subjects.ts';
import { TIME_MODE_IDS, type TimeMode } from '../../src/data/time.ts';
import type { Place, Route, RouteKind } from '../../src/data/types.ts';
import { arc } from './arc.ts';
import { yearsOf } from '../../src/data/years.ts';

export type RouteProperties = {
  id: string;
  label: string;
  kind: RouteKind;
  subject: Subject;
  /** "primary" or "secondary" where the sentence weighs the route, else "". */
  weight: string;
  from: string;
  to: string;
} & Record<TimeMode, number>;

/**
 * Each route as one curved line from its origin to its destination, so an arrow drawn along the
 * line points the way it runs. A place is anchored at its marker if it has one, else at its
 * country's label point.
 */
export function routesLayer(
  routes: readonly Route[],
  placeById: (id: string) => Place | undefined,
  countryAnchors: ReadonlyMap<string, Position>,
): FeatureCollection<LineString, RouteProperties> {
  const anchorOf = (id: string): Position => {
    const anchor = placeById(id)?.lngLat ?? countryAnchors.get(id);
    if (!anchor) throw new Error(`Route place ${id} has neither a marker nor a country shape`);
    return anchor;
  };
  const features = routes.map((route): Feature<LineString, RouteProperties> => {
    const {
      id,
      label,
      kind,
      subject,
      weight,
      path: [from, to],
    } = route;
    const years = Object.fromEntries(TIME_MODE_IDS.map((mode) => [mode, yearsOf({ kind: 'route', item: route })[mode]])) as Record<TimeMode, number>;
    return {
      type: 'Feature',
      properties: { id, label, kind, subject, weight: weight ?? '', from, to, ...years },
      geometry: { type: 'LineString', coordinates: arc(anchorOf(from), anchorOf(to)) },
    };
  });
  return { type: 'FeatureCollection', features };
}
