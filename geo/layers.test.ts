import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { booleanClockwise, booleanPointInPolygon, kinks, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { facts } from '../src/data/factBase';
import { yearOf } from '../src/data/queries';
import { rolesOf } from '../src/data/roles';
import { NEVER, TIME_MODE_IDS } from '../src/data/time';
import type { CountryProperties } from './build/countries-layer';
import type { PlaceProperties } from './build/places-layer';
import type { RouteProperties } from './build/routes-layer';
import { factLayers } from './build/fact-layers';
import { buildLayers } from './build/layers';
import { serializeLayer } from './build/serialize-layer';

/** The map's extent, stated here rather than imported so a wrong constant in the build shows. */
const [WEST, SOUTH, EAST, NORTH] = [-11, 34, 45, 61];
const GZIP_BUDGET = 300 * 1024;

/** The layers from Natural Earth are committed; the two from the fact base are made by the build. */
const committed = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.geojson'))
  .sort();
const generated = Object.entries(factLayers(facts)).map(([name, layer]) => [`${name}.geojson`, serializeLayer(layer)] as const);
const texts = new Map([...committed.map((file) => [file, readFileSync(join(import.meta.dirname, file), 'utf8')] as const), ...generated]);
const files = [...texts.keys()].sort();
const read = <G extends Geometry, P>(name: string) => JSON.parse(texts.get(`${name}.geojson`)!) as FeatureCollection<G, P & { id: string }>;

const countries = read<Polygon | MultiPolygon, Omit<CountryProperties, 'id'>>('countries');
const borders = read<LineString | MultiLineString, { a: string; b: string; kind: string; place?: string }>('borders');
const places = read<Point, Omit<PlaceProperties, 'id'>>('places');
const routes = read<LineString, Omit<RouteProperties, 'id'>>('routes');
const labels = read<Point, { name: string }>('labels');

const countryById = new Map(countries.features.map((country) => [country.properties.id, country]));
const labelById = new Map(labels.features.map((label) => [label.properties.id, label.geometry.coordinates]));
const placeById = new Map(facts.places.map((place) => [place.id, place]));

function partsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function positionsOf(geometry: Geometry): Position[] {
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

function linesOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  throw new Error(`expected a line, got ${geometry.type}`);
}

const key = ([x, y]: Position) => `${x},${y}`;
const edgeKey = (a: Position, b: Position) => [key(a), key(b)].sort().join(' ');

function edgesOf(geometry: Polygon | MultiPolygon): Set<string> {
  const edges = new Set<string>();
  for (const ring of partsOf(geometry).flat()) for (let i = 1; i < ring.length; i++) edges.add(edgeKey(ring[i - 1]!, ring[i]!));
  return edges;
}

/** Where a route place is drawn: its marker, or its country's label point. */
function anchorOf(id: string): Position {
  const anchor = placeById.get(id)?.lngLat ?? labelById.get(id);
  if (!anchor) throw new Error(`no anchor for ${id}`);
  return anchor;
}

describe('geo layers', () => {
  // Rebuilding from Natural Earth takes 2–8 s (the clip of every country to the region), more
  // than a test's 5 s on a loaded machine: it runs once, as setup, with a bound sized to that.
  let built: ReturnType<typeof buildLayers>;
  beforeAll(() => {
    built = buildLayers();
  }, 20_000);

  it('committed are exactly what `npm run geo` builds from Natural Earth and the current fact base', () => {
    expect(committed).toEqual(
      Object.keys(built)
        .map((name) => `${name}.geojson`)
        .sort(),
    );
    for (const [name, layer] of Object.entries(built)) {
      expect(texts.get(`${name}.geojson`), `${name}.geojson is stale: run npm run geo`).toBe(serializeLayer(layer));
    }
  });

  it.each(files)('%s is a FeatureCollection of features with unique string ids, inside the region', (file) => {
    const layer = read<Geometry, object>(file.replace('.geojson', ''));
    expect(layer.type).toBe('FeatureCollection');
    expect(layer.features.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    const misplaced: string[] = [];
    for (const feature of layer.features as Feature[]) {
      expect(feature.type).toBe('Feature');
      expect(feature).not.toHaveProperty('id');
      expect(typeof feature.properties?.id).toBe('string');
      ids.add(feature.properties!.id as string);
      expect(['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
      // Collected, then asserted once: an expect per position costs seconds over thousands of them.
      for (const position of positionsOf(feature.geometry)) {
        const [lng, lat] = position as [number, number];
        const where = `${feature.properties!.id} at ${key(position)}`;
        if (position.length !== 2) misplaced.push(`${where}: ${position.length} coordinates`);
        if (!(lng >= WEST && lng <= EAST && lat >= SOUTH && lat <= NORTH)) misplaced.push(`${where}: outside the region`);
        // Written at 4 decimals.
        if (Math.round(lng * 1e4) / 1e4 !== lng || Math.round(lat * 1e4) / 1e4 !== lat) misplaced.push(`${where}: more than 4 decimals`);
      }
    }
    expect(misplaced).toEqual([]);
    expect(ids.size).toBe(layer.features.length);
  });

  it(`fit in ${GZIP_BUDGET / 1024} KB gzipped all together`, () => {
    const sizes = files.map((file) => gzipSync(texts.get(file)!).length);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.info(
      `geo/*.geojson gzipped: ${files.map((file, i) => `${file} ${(sizes[i]! / 1024).toFixed(1)} KB`).join(', ')}; total ${(total / 1024).toFixed(1)} KB`,
    );
    expect(total).toBeLessThanOrEqual(GZIP_BUDGET);
  });
});

describe('countries', () => {
  it.each(countries.features.map((country) => [country.properties.id, country] as const))(
    '%s has closed, right-hand-rule rings without self-intersections',
    (_, country) => {
      for (const [exterior, ...holes] of partsOf(country.geometry)) {
        for (const ring of [exterior!, ...holes]) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[ring.length - 1]).toEqual(ring[0]);
        }
        expect(booleanClockwise(exterior!), 'exterior ring counter-clockwise').toBe(false);
        for (const hole of holes) expect(booleanClockwise(hole), 'hole clockwise').toBe(true);
        expect(kinks(polygon([exterior!, ...holes])).features).toEqual([]);
      }
    },
  );

  it('do not cross one another', () => {
    type Segment = [Position, Position, string];
    const segments: Segment[] = countries.features.flatMap((country) =>
      partsOf(country.geometry)
        .flat()
        .flatMap((ring) => ring.slice(1).map((b, i): Segment => [ring[i]!, b, country.properties.id])),
    );
    const side = (p: Position, q: Position, r: Position) => Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
    const west = ([a, b]: Segment) => Math.min(a[0]!, b[0]!);
    segments.sort((s, t) => west(s) - west(t));
    const crossings: string[] = [];
    segments.forEach((s, i) => {
      const east = Math.max(s[0][0]!, s[1][0]!);
      for (let j = i + 1; j < segments.length && west(segments[j]!) <= east; j++) {
        const t = segments[j]!;
        if (side(s[0], s[1], t[0]) * side(s[0], s[1], t[1]) < 0 && side(t[0], t[1], s[0]) * side(t[0], t[1], s[1]) < 0) {
          crossings.push(`${s[2]} ${key(s[0])} crosses ${t[2]} ${key(t[0])}`);
        }
      }
    });
    expect(crossings).toEqual([]);
  });

  it('have alpha-2 ids and today’s names, the fact base’s where it has the country', () => {
    for (const { properties } of countries.features) {
      expect(properties.id).toMatch(/^[A-Z]{2}$/);
      const place = placeById.get(properties.id);
      if (place) expect(properties.name).toBe(place.name);
    }
    expect(countryById.get('TR')?.properties.name).toBe('Türkiye');
    expect(countryById.get('CZ')?.properties.name).toBe('Czechia');
  });

  it("include every country of the fact base, with each role's subject and years", () => {
    const factCountries = facts.places.filter((place) => place.kind === 'country');
    expect(factCountries.length).toBeGreaterThan(0);
    for (const place of factCountries) {
      const properties = countryById.get(place.id)?.properties;
      expect(properties, place.id).toBeDefined();
      const roles = rolesOf(place);
      expect(properties).toMatchObject({ inFacts: true, roleCount: roles.size });
      for (const role of ['source', 'transit', 'destination'] as const) {
        const reading = roles.get(role);
        expect(properties?.[`${role}_subject`], `${place.id} ${role}`).toBe(reading?.subject ?? '');
        for (const mode of TIME_MODE_IDS) expect(properties?.[`${role}_${mode}`]).toBe(reading?.[mode] ?? NEVER);
      }
    }
    for (const { properties } of countries.features) {
      if (!placeById.has(properties.id)) expect(properties).toMatchObject({ inFacts: false, roleCount: 0, transit_subject: '' });
    }
  });

  it.each([
    ['Pristina', [21.1655, 42.6629], 'XK'],
    ['Belgrade', [20.4573, 44.787], 'RS'],
    ['Simferopol, Crimea (Ukraine’s in 2000–2004)', [34.1, 44.95], 'UA'],
    ['Kyrenia, northern Cyprus', [33.32, 35.33], 'CY'],
    // Where world-atlas draws it, a little west of the real one.
    ['Vatican City, a hole in Italy', [12.435, 41.902], 'VA'],
    ['Rome, around the Vatican', [12.5, 41.9], 'IT'],
  ] as const)('put %s in exactly one country, %s', (_, position, id) => {
    const containing = countries.features.filter((country) => booleanPointInPolygon([...position], country));
    expect(containing.map((country) => country.properties.id)).toEqual([id]);
  });
});

describe('borders', () => {
  const countryEdges = new Map(countries.features.map((country) => [country.properties.id, edgesOf(country.geometry)]));

  it('each join two countries, named by their sorted ids, along edges both countries have', () => {
    for (const { properties, geometry } of borders.features) {
      expect([properties.a, properties.b].sort()).toEqual([properties.a, properties.b]);
      expect(properties.id).toBe(`${properties.a}-${properties.b}`);
      const [a, b] = [countryEdges.get(properties.a), countryEdges.get(properties.b)];
      expect(a && b, properties.id).toBeTruthy();
      for (const line of linesOf(geometry)) {
        expect(line.length).toBeGreaterThanOrEqual(2);
        for (let i = 1; i < line.length; i++) {
          const edge = edgeKey(line[i - 1]!, line[i]!);
          expect(a!.has(edge) && b!.has(edge), `${properties.id} edge ${edge}`).toBe(true);
        }
      }
    }
  });

  it('cover every edge two countries share, and nothing else (no coastlines)', () => {
    const owners = new Map<string, string[]>();
    for (const [id, edges] of countryEdges) for (const edge of edges) owners.set(edge, [...(owners.get(edge) ?? []), id]);
    const shared = [...owners].filter(([, ids]) => ids.length === 2).map(([edge, ids]) => `${[...ids].sort().join('-')} ${edge}`);
    const drawn = borders.features.flatMap(({ properties, geometry }) =>
      linesOf(geometry).flatMap((line) => line.slice(1).map((b, i) => `${properties.id} ${edgeKey(line[i]!, b)}`)),
    );
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn.sort()).toEqual(shared.sort());
  });

  it('include the Kosovo lines the sources speak of, and only Kosovo–Serbia is administrative', () => {
    const byId = new Map(borders.features.map((border) => [border.properties.id, border.properties]));
    expect(byId.get('RS-XK')).toEqual({ id: 'RS-XK', a: 'RS', b: 'XK', kind: 'administrative', place: 'xk-rs-abl' });
    expect(byId.get('MK-XK')).toEqual({ id: 'MK-XK', a: 'MK', b: 'XK', kind: 'international', place: 'xk-mk-border' });
    expect(placeById.get('xk-rs-abl')?.kind).toBe('border');
    expect(placeById.get('xk-mk-border')?.kind).toBe('border');
    for (const id of ['AL-XK', 'ME-XK', 'BA-RS', 'RO-RS', 'MD-RO', 'MD-UA']) expect(byId.get(id)?.kind, id).toBe('international');
    expect(borders.features.filter((border) => border.properties.kind === 'administrative')).toHaveLength(1);
  });
});

describe('places', () => {
  it('have a point for every located place of the fact base, and nothing else', () => {
    // A place the sources put only "in" a country sits at that country's label point, never at a city.
    const located = facts.places.filter((place) => place.lngLat || (place.precision === 'country' && place.country));
    expect(places.features.map((feature) => feature.properties.id).sort()).toEqual(located.map((place) => place.id).sort());
    for (const place of located) {
      const feature = places.features.find((candidate) => candidate.properties.id === place.id)!;
      expect(feature.geometry.coordinates).toEqual(place.lngLat ?? anchorOf(place.country!));
      expect(feature.properties).toMatchObject({ id: place.id, kind: place.kind, approximate: place.precision !== 'exact' });
      for (const mode of TIME_MODE_IDS) expect(feature.properties[mode], `${place.id} ${mode}`).toBe(yearOf({ kind: 'place', item: place }, mode));
    }
  });
});

describe('routes', () => {
  it('have one line per route, from its origin to its destination, carrying its kind, subject and years', () => {
    expect(routes.features.map((feature) => feature.properties.id).sort()).toEqual(facts.routes.map((route) => route.id).sort());
    for (const route of facts.routes) {
      const feature = routes.features.find((candidate) => candidate.properties.id === route.id)!;
      const [from, to] = route.path;
      expect(feature.properties).toMatchObject({ id: route.id, kind: route.kind, subject: route.subject, weight: route.weight ?? '', from, to });
      for (const mode of TIME_MODE_IDS) expect(feature.properties[mode]).toBe(yearOf({ kind: 'route', item: route }, mode));
      const line = feature.geometry.coordinates;
      expect(line[0], `${route.id} starts at ${from}`).toEqual(anchorOf(from));
      expect(line[line.length - 1], `${route.id} ends at ${to}`).toEqual(anchorOf(to));
    }
  });

  it('anchor countries inside their own polygon', () => {
    for (const id of new Set(facts.routes.flatMap((route) => route.path))) {
      const country = countryById.get(id);
      if (country && !placeById.get(id)?.lngLat) expect(booleanPointInPolygon(anchorOf(id), country), id).toBe(true);
    }
  });

  it('bow gently off the straight line on every leg', () => {
    for (const route of facts.routes) {
      const line = routes.features.find((candidate) => candidate.properties.id === route.id)!.geometry.coordinates;
      const stops = route.path.map((id) => line.findIndex((position) => key(position) === key(anchorOf(id))));
      for (let leg = 1; leg < stops.length; leg++) {
        const [from, to] = [line[stops[leg - 1]!]!, line[stops[leg]!]!];
        const length = Math.hypot(to[0]! - from[0]!, to[1]! - from[1]!);
        const offChord = (p: Position) => Math.abs((to[0]! - from[0]!) * (p[1]! - from[1]!) - (to[1]! - from[1]!) * (p[0]! - from[0]!)) / length;
        const bow = Math.max(...line.slice(stops[leg - 1], stops[leg]! + 1).map(offChord)) / length;
        expect(bow, `${route.id} leg ${leg}`).toBeGreaterThan(0.05);
        expect(bow, `${route.id} leg ${leg}`).toBeLessThan(0.3);
      }
    }
  });
});

describe('labels', () => {
  it('name every country once, at a point inside it', () => {
    expect(labels.features.map((label) => label.properties.id)).toEqual(countries.features.map((country) => country.properties.id));
    for (const label of labels.features) {
      const country = countryById.get(label.properties.id)!;
      expect(label.properties).toEqual({ id: country.properties.id, name: country.properties.name });
      expect(booleanPointInPolygon(label.geometry.coordinates, country), label.properties.id).toBe(true);
    }
  });
});
