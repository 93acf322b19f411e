import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import { mesh, neighbors } from 'topojson-client';
import type { CountryTopology } from './country-topology';
import { placeById } from './facts';

export interface BorderProperties {
  /** The two country ids, sorted and joined: "RS-XK". */
  id: string;
  a: string;
  b: string;
  kind: 'international' | 'administrative';
  /** The fact-base place that stands for this line, where there is one. */
  place?: string;
}

/** The Kosovo lines the sources speak of, "the international border and administrative boundary line". */
const BORDER_PLACES: Readonly<Record<string, string>> = { 'RS-XK': 'xk-rs-abl', 'MK-XK': 'xk-mk-border' };
/** Only Kosovo–Serbia is the administrative boundary line; the rest are drawn as borders between states. */
const ADMINISTRATIVE = new Set(['RS-XK']);

/**
 * One line per pair of countries that share land boundary, read off the shared topology so it
 * lies exactly on both polygons. Coastlines and the region's cut edges belong to one country
 * only, so they never appear.
 */
export function bordersLayer(topology: CountryTopology): FeatureCollection<LineString | MultiLineString, BorderProperties> {
  const countries = topology.objects.countries;
  const adjacency = neighbors(countries.geometries);
  const features: Feature<LineString | MultiLineString, BorderProperties>[] = [];

  countries.geometries.forEach((one, i) => {
    for (const j of adjacency[i]!.filter((j) => j > i)) {
      const other = countries.geometries[j]!;
      const shared = mesh(topology, countries, (x, y) => (x === one && y === other) || (x === other && y === one));
      const [a, b] = [one.properties!.id, other.properties!.id].sort() as [string, string];
      const id = `${a}-${b}`;
      const place = BORDER_PLACES[id];
      if (place !== undefined && !placeById(place)) throw new Error(`Border place ${place} is not in places.json`);
      features.push({
        type: 'Feature',
        properties: { id, a, b, kind: ADMINISTRATIVE.has(id) ? 'administrative' : 'international', ...(place !== undefined && { place }) },
        geometry: shared.coordinates.length === 1 ? { type: 'LineString', coordinates: shared.coordinates[0]! } : shared,
      });
    }
  });
  return { type: 'FeatureCollection', features: features.sort((x, y) => x.properties.id.localeCompare(y.properties.id)) };
}
