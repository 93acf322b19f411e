// The rules each layer's features follow: borders on shared edges, places and routes from the fact base, labels inside their countries.
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { facts } from '../src/data/factBase';
import { yearOf } from '../src/data/queries';
import { TIME_MODE_IDS } from '../src/data/time';
import { countries, borders, places, routes, labels, countryById, placeById, linesOf, key, edgeKey, edgesOf, anchorOf } from './layers.fixture';
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
