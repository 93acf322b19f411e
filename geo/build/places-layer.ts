import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { TIME_MODE_IDS, type TimeMode } from '../../src/data/time.ts';
import type { Place, PlaceKind, Precision } from '../../src/data/types.ts';
import { yearsOf } from '../../src/data/years.ts';

export type PlaceProperties = {
  id: string;
  kind: PlaceKind;
  name: string;
  precision: Precision;
  approximate: boolean;
} & Record<TimeMode, number>;

/**
 * A marker for every place the fact base locates; countries and borders are drawn from their
 * shapes instead. A place the sources put only "in" a country sits at that country's label point.
 */
export function placesLayer(places: readonly Place[], countryAnchors: ReadonlyMap<string, Position>): FeatureCollection<Point, PlaceProperties> {
  const features = places.flatMap((place): Feature<Point, PlaceProperties>[] => {
    const { id, kind, name, precision, lngLat, country } = place;
    const at = lngLat ?? (precision === 'country' && country ? countryAnchors.get(country) : undefined);
    if (!at) return [];
    const years = Object.fromEntries(TIME_MODE_IDS.map((mode) => [mode, yearsOf({ kind: 'place', item: place })[mode]])) as Record<TimeMode, number>;
    return [
      {
        type: 'Feature',
        properties: { id, kind, name, precision, approximate: precision !== 'exact', ...years },
        geometry: { type: 'Point', coordinates: at },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}
