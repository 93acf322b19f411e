// The geo layers as the map gets them, read once for the layer tests: the committed Natural Earth
// layers and the two the build makes from the fact base, with small geometry helpers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { facts } from '../src/data/factBase';
import type { CountryProperties } from './build/countries-layer';
import type { PlaceProperties } from './build/places-layer';
import type { RouteProperties } from './build/routes-layer';
import { factLayers } from './build/fact-layers';
import { serializeLayer } from './build/serialize-layer';

/** The map's extent, stated here rather than imported so a wrong constant in the build shows. */
export const [WEST, SOUTH, EAST, NORTH] = [-11, 34, 45, 61];
export const GZIP_BUDGET = 300 * 1024;

/** The layers from Natural Earth are committed; the two from the fact base are made by the build. */
export const committed = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.geojson'))
  .sort();
export const generated = Object.entries(factLayers(facts)).map(([name, layer]) => [`${name}.geojson`, serializeLayer(layer)] as const);
export const texts = new Map([...committed.map((file) => [file, readFileSync(join(import.meta.dirname, file), 'utf8')] as const), ...generated]);
export const files = [...texts.keys()].sort();
export const read = <G extends Geometry, P>(name: string) => JSON.parse(texts.get(`${name}.geojson`)!) as FeatureCollection<G, P & { id: string }>;

export const countries = read<Polygon | MultiPolygon, Omit<CountryProperties, 'id'>>('countries');
export const borders = read<LineString | MultiLineString, { a: string; b: string; kind: string; place?: string }>('borders');
export const places = read<Point, Omit<PlaceProperties, 'id'>>('places');
export const routes = read<LineString, Omit<RouteProperties, 'id'>>('routes');
export const labels = read<Point, { name: string }>('labels');

export const countryById = new Map(countries.features.map((country) => [country.properties.id, country]));
export const labelById = new Map(labels.features.map((label) => [label.properties.id, label.geometry.coordinates]));
export const placeById = new Map(facts.places.map((place) => [place.id, place]));

export function partsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

export function linesOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  throw new Error(`expected a line, got ${geometry.type}`);
}

export const key = ([x, y]: Position) => `${x},${y}`;
export const edgeKey = (a: Position, b: Position) => [key(a), key(b)].sort().join(' ');

export function edgesOf(geometry: Polygon | MultiPolygon): Set<string> {
  const edges = new Set<string>();
  for (const ring of partsOf(geometry).flat()) for (let i = 1; i < ring.length; i++) edges.add(edgeKey(ring[i - 1]!, ring[i]!));
  return edges;
}

/** Where a route place is drawn: its marker, or its country's label point. */
export function anchorOf(id: string): Position {
  const anchor = placeById.get(id)?.lngLat ?? labelById.get(id);
  if (!anchor) throw new Error(`no anchor for ${id}`);
  return anchor;
}
