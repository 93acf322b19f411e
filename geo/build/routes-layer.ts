import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { arc } from './arc';
import { placeById, routes } from './facts';

export interface RouteProperties {
  id: string;
  label: string;
  since: number;
  from: string;
  to: string;
}

/**
 * Each route as one line from origin to destination through its intermediate places, leg by leg,
 * so an arrow drawn along the line points the way the route runs. A place is anchored at its
 * marker if it has one, else at its country's label point.
 */
export function routesLayer(countryAnchors: ReadonlyMap<string, Position>): FeatureCollection<LineString, RouteProperties> {
  const anchorOf = (id: string): Position => {
    const anchor = placeById(id)?.lngLat ?? countryAnchors.get(id);
    if (!anchor) throw new Error(`Route place ${id} has neither a marker nor a country shape`);
    return anchor;
  };
  const features = routes.map(({ id, label, since, path }): Feature<LineString, RouteProperties> => {
    const anchors = path.map(anchorOf);
    const coordinates = anchors.slice(1).flatMap((to, leg) => arc(anchors[leg]!, to).slice(leg === 0 ? 0 : 1));
    return {
      type: 'Feature',
      properties: { id, label, since, from: path[0]!, to: path[path.length - 1]! },
      geometry: { type: 'LineString', coordinates },
    };
  });
  return { type: 'FeatureCollection', features };
}
