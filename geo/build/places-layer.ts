import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceKind, Precision } from '../../src/data/types';
import { places } from './facts';

export interface PlaceProperties {
  id: string;
  kind: PlaceKind;
  name: string;
  precision: Precision;
  since: number;
  approximate: boolean;
}

/** The first year the map covers; places without `since` are part of the story throughout. */
const FIRST_YEAR = 2000;

/** A marker for every place the fact base locates; countries and borders are drawn from their shapes instead. */
export function placesLayer(): FeatureCollection<Point, PlaceProperties> {
  const features = places.flatMap(({ id, kind, name, precision, since, lngLat }): Feature<Point, PlaceProperties>[] =>
    lngLat
      ? [{
          type: 'Feature',
          properties: { id, kind, name, precision, since: since ?? FIRST_YEAR, approximate: precision !== 'exact' },
          geometry: { type: 'Point', coordinates: lngLat },
        }]
      : [],
  );
  return { type: 'FeatureCollection', features };
}
