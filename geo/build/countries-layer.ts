import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { countryName } from './country-names';
import type { CountryTopology } from './country-topology';
import type { Subject } from '../../src/data/subjects';
import { NEVER, TIME_MODE_IDS, type TimeMode } from '../../src/data/time';
import { ROLE_IDS as ROLES, type Role } from '../../src/data/vocab';
import { placeById, rolesOf } from './facts';

/**
 * Per role, the claim's subject ('' when the country has no such role) and the year it counts
 * from under each reading of the time control (NEVER when absent), so the style can draw the
 * roles of any year without a rebuild: `transit_subject`, `transit_reported`, `transit_happened`.
 */
type RoleProperties = { [R in Role as `${R}_subject`]: Subject | '' } & { [R in Role as `${R}_${TimeMode}`]: number };

export type CountryProperties = RoleProperties & {
  id: string;
  name: string;
  /** How many of the three roles the fact base gives the country, at any time. */
  roleCount: number;
  inFacts: boolean;
};

function roleProperties(roles: ReturnType<typeof rolesOf>): RoleProperties {
  return Object.fromEntries(
    ROLES.flatMap((role) => {
      const reading = roles.get(role);
      return [[`${role}_subject`, reading?.subject ?? ''], ...TIME_MODE_IDS.map((mode) => [`${role}_${mode}`, reading?.[mode] ?? NEVER])];
    }),
  ) as RoleProperties;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export function countriesLayer(topology: CountryTopology): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const features = topology.objects.countries.geometries.map((country): CountryFeature => {
    const { id } = country.properties!;
    const place = placeById(id);
    const roles = rolesOf(place);
    const merged = feature(topology, country).geometry;
    const geometry: Polygon | MultiPolygon = merged.coordinates.length === 1 ? { type: 'Polygon', coordinates: merged.coordinates[0]! } : merged;
    return {
      type: 'Feature',
      properties: {
        id,
        name: countryName(id),
        ...roleProperties(roles),
        roleCount: roles.size,
        inFacts: place !== undefined,
      },
      // RFC 7946 and MapLibre want exterior rings counter-clockwise, holes clockwise.
      geometry: rewind(geometry) as typeof geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}
