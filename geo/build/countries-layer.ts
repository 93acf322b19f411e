import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { countryName } from './country-names';
import type { CountryTopology } from './country-topology';
import { placeById, rolesOf } from './facts';

export interface CountryProperties {
  id: string;
  name: string;
  source: boolean;
  transit: boolean;
  destination: boolean;
  /** How many of the three roles the fact base gives the country. */
  roleCount: number;
  inFacts: boolean;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export function countriesLayer(topology: CountryTopology): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const features = topology.objects.countries.geometries.map((country): CountryFeature => {
    const { id } = country.properties!;
    const place = placeById(id);
    const roles = rolesOf(place);
    const merged = feature(topology, country).geometry;
    const geometry: Polygon | MultiPolygon =
      merged.coordinates.length === 1 ? { type: 'Polygon', coordinates: merged.coordinates[0]! } : merged;
    return {
      type: 'Feature',
      properties: {
        id,
        name: countryName(id),
        source: roles.has('source'),
        transit: roles.has('transit'),
        destination: roles.has('destination'),
        roleCount: roles.size,
        inFacts: place !== undefined,
      },
      // RFC 7946 and MapLibre want exterior rings counter-clockwise, holes clockwise.
      geometry: rewind(geometry) as typeof geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}
