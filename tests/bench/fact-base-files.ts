// Writes a fact base as the app's build reads it with FACTS_DIR set: the five collections, plus
// the two geo layers that come from the fact base (places, routes), so the map draws the same
// items the panel lists. Countries, borders and labels come from Natural Earth and stay as built.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { arc } from '../../geo/build/arc';
import type { PlaceProperties } from '../../geo/build/places-layer';
import type { RouteProperties } from '../../geo/build/routes-layer';
import { serializeLayer } from '../../geo/build/serialize-layer';
import { ROOT } from '../../src/data/load-node';
import type { FactBase } from '../../src/data/types';

/** Country label points, where geo/build anchors routes that start or end at a country. */
function countryAnchors(): Map<string, Position> {
  const labels = JSON.parse(readFileSync(join(ROOT, 'geo', 'labels.geojson'), 'utf8')) as FeatureCollection<Point, { id: string }>;
  return new Map(labels.features.map((f) => [f.properties.id, f.geometry.coordinates]));
}

/** The same features geo/build/places-layer.ts and routes-layer.ts make, for another fact base. */
function layersOf(facts: FactBase): { places: FeatureCollection<Point, PlaceProperties>; routes: FeatureCollection<LineString, RouteProperties> } {
  const anchors = countryAnchors();
  const byId = new Map(facts.places.map((p) => [p.id, p]));
  const anchorOf = (id: string): Position => {
    const anchor = byId.get(id)?.lngLat ?? anchors.get(id);
    if (!anchor) throw new Error(`route place ${id} has neither a marker nor a country label`);
    return anchor;
  };
  const places = facts.places.flatMap(({ id, kind, name, precision, since, lngLat }): Feature<Point, PlaceProperties>[] =>
    lngLat
      ? [{ type: 'Feature', properties: { id, kind, name, precision, since: since ?? 2000, approximate: precision !== 'exact' }, geometry: { type: 'Point', coordinates: lngLat } }]
      : [],
  );
  const routes = facts.routes.map(({ id, label, since, path }): Feature<LineString, RouteProperties> => {
    const points = path.map(anchorOf);
    const coordinates = points.slice(1).flatMap((to, leg) => arc(points[leg]!, to).slice(leg === 0 ? 0 : 1));
    return { type: 'Feature', properties: { id, label, since, from: path[0]!, to: path[path.length - 1]! }, geometry: { type: 'LineString', coordinates } };
  });
  return { places: { type: 'FeatureCollection', features: places }, routes: { type: 'FeatureCollection', features: routes } };
}

/** Writes `facts` into `dir` (created if missing) as <collection>.json, places.geojson and routes.geojson. */
export function writeFactBase(dir: string, facts: FactBase): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, list] of Object.entries(facts)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(list));
  for (const [name, layer] of Object.entries(layersOf(facts))) writeFileSync(join(dir, `${name}.geojson`), serializeLayer(layer));
}
