import bbox from '@turf/bbox';
import countries from '../../geo/countries.geojson';
import { entityById, placeById, placesOf } from '../data/queries';

export type BBox = [number, number, number, number];

/** Half-width in degrees of the box around a single point, so the camera does not zoom to a street. */
const POINT_MARGIN = 0.6;

const countryBoxes = new Map<string, BBox>();
for (const feature of countries.features) {
  const id = feature.properties?.id;
  if (typeof id === 'string') countryBoxes.set(id, bbox(feature) as BBox);
}

function placeBox(id: string): BBox | undefined {
  const countryBox = countryBoxes.get(id);
  if (countryBox) return countryBox;
  const place = placeById(id);
  if (place?.lngLat) {
    const [lng, lat] = place.lngLat;
    const margin = place.precision === 'region' ? POINT_MARGIN * 4 : POINT_MARGIN;
    return [lng - margin, lat - margin, lng + margin, lat + margin];
  }
  return place?.country ? countryBoxes.get(place.country) : undefined;
}

/** The box the camera fits to when an item is selected: the union of the places it is about. */
export function extentOf(id: string): BBox | undefined {
  const entity = entityById(id);
  if (!entity) return undefined;
  const boxes = placesOf(entity)
    .map(placeBox)
    .filter((b): b is BBox => b !== undefined);
  if (boxes.length === 0) return undefined;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}
