import { describe, expect, it } from 'vitest';
import { facts } from '../data/factBase';
import { allLayersGeoJson } from './geojson';

const exported = allLayersGeoJson();
/** What a download holds: the export as text, read back. */
const parsed = JSON.parse(JSON.stringify(exported)) as typeof exported;
const byId = new Map(parsed.features.map((f) => [f.id, f]));

describe('allLayersGeoJson', () => {
  it('holds every feature of the four layers, each with a unique id and its layer', () => {
    const layers = new Set(parsed.features.map((f) => f.properties?.['layer']));
    expect([...layers].sort()).toEqual(['borders', 'countries', 'places', 'routes']);
    expect(byId.size).toBe(parsed.features.length);
    for (const f of parsed.features) {
      expect(typeof f.id).toBe('string');
      expect(f.id).toBe(f.properties?.['id']);
    }
  });

  it('gives each place the roles the fact base does, with the references that cite them', () => {
    const kosovo = byId.get('XK')?.properties;
    expect(kosovo?.['roles']).toEqual(expect.arrayContaining(['destination', 'transit']));
    expect(kosovo?.['citations']).toContain(
      'Foreign Affairs Committee, Minutes of Evidence, supplementary written evidence from the Foreign and Commonwealth Office, 6 October 2004 (printed 23 February 2005), para 9',
    );
    for (const place of facts.places) {
      const feature = parsed.features.find((f) => f.properties?.['id'] === place.id || f.properties?.['place'] === place.id);
      if (!feature) continue; // regions without a point are drawn by label only
      expect(feature.properties?.['roles'], place.id).toEqual([...new Set(place.roles.map((r) => r.role))]);
      expect((feature.properties?.['citations'] as string[] | undefined)?.length, place.id).toBeGreaterThan(0);
    }
  });

  it('cites each route and leaves unmentioned countries without roles', () => {
    for (const route of facts.routes) expect(byId.get(route.id)?.properties?.['citations'], route.id).toHaveLength(1);
    expect(byId.get('AD')?.properties).toMatchObject({ layer: 'countries', roles: [], citations: [] });
  });

  it('names both sources and the licence in a top-level member', () => {
    expect(parsed.metadata.sources.map((s) => s.reference)).toEqual([
      'HC Deb 08 July 2002 vol 388 cc741-2W [65708]',
      'Foreign Affairs Committee, Minutes of Evidence, supplementary written evidence from the Foreign and Commonwealth Office, 6 October 2004 (printed 23 February 2005)',
    ]);
    expect(parsed.metadata.licence.attribution).toBe('Contains Parliamentary information licensed under the Open Parliament Licence v3.0');
  });
});
