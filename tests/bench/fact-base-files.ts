// Writes a fact base as the app's build reads it with FACTS_DIR set: the five collections, plus
// the two geo layers that come from the fact base (places, routes), so the map draws the same
// items the panel lists. Countries, borders and labels come from Natural Earth and stay as built.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point, Position } from 'geojson';
import { placesLayer } from '../../geo/build/places-layer';
import { routesLayer } from '../../geo/build/routes-layer';
import { serializeLayer } from '../../geo/build/serialize-layer';
import { ROOT } from '../../src/data/load-node';
import type { FactBase } from '../../src/data/types';

/** Country label points, where geo/build anchors routes that start or end at a country. */
function countryAnchors(): Map<string, Position> {
  const labels = JSON.parse(readFileSync(join(ROOT, 'geo', 'labels.geojson'), 'utf8')) as FeatureCollection<Point, { id: string }>;
  return new Map(labels.features.map((f) => [f.properties.id, f.geometry.coordinates]));
}

/** The same layers geo/build makes, for another fact base. */
function layersOf(facts: FactBase) {
  const anchors = countryAnchors();
  const byId = new Map(facts.places.map((p) => [p.id, p]));
  return { places: placesLayer(facts.places, anchors), routes: routesLayer(facts.routes, (id) => byId.get(id), anchors) };
}

/** Writes `facts` into `dir` (created if missing) as <collection>.json, places.geojson and routes.geojson. */
export function writeFactBase(dir: string, facts: FactBase): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, list] of Object.entries(facts)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(list));
  for (const [name, layer] of Object.entries(layersOf(facts))) writeFileSync(join(dir, `${name}.geojson`), serializeLayer(layer));
}
