// The two layers drawn from the fact base, made by the build (geo/vite/fact-base.ts) rather than
// committed: the places' markers and the routes' lines. They anchor a place the sources put only
// "in" a country, and a route's country ends, at that country's label point (geo/labels.geojson).
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point, Position } from 'geojson';
import type { FactBase } from '../../src/data/types.ts';
import { placesLayer } from './places-layer.ts';
import { routesLayer } from './routes-layer.ts';

/** The layers made from the fact base, by file name (geo/<name>.geojson). */
export const FACT_LAYERS = ['places', 'routes'] as const;
export type FactLayer = (typeof FACT_LAYERS)[number];

const LABELS = new URL('../labels.geojson', import.meta.url);

/** Country label points by country id, from the committed labels layer. */
export function countryAnchors(): Map<string, Position> {
  const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as FeatureCollection<Point, { id: string }>;
  return new Map(labels.features.map((label) => [label.properties.id, label.geometry.coordinates]));
}

/** Both layers for a fact base (the real one or a fixture), anchored as `npm run build` anchors them. */
export function factLayers(facts: Pick<FactBase, 'places' | 'routes'>, anchors = countryAnchors()): Record<FactLayer, FeatureCollection> {
  const byId = new Map(facts.places.map((place) => [place.id, place]));
  return { places: placesLayer(facts.places, anchors), routes: routesLayer(facts.routes, (id) => byId.get(id), anchors) };
}
