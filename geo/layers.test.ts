// The layers as a whole (ids, extent, size, the committed ones as npm run geo builds them) and the countries' rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { booleanClockwise, booleanPointInPolygon, kinks, polygon } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { facts } from '../src/data/factBase';
import { rolesOf } from '../src/data/roles';
import { NEVER, TIME_MODE_IDS } from '../src/data/time';
import { buildLayers } from './build/layers';
import { serializeLayer } from './build/serialize-layer';
import {
  WEST,
  SOUTH,
  EAST,
  NORTH,
  GZIP_BUDGET,
  committed,
  texts,
  files,
  read,
  countries,
  countryById,
  placeById,
  partsOf,
  positionsOf,
  key,
} from './layers.fixture';
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
