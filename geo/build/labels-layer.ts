import type { FeatureCollection, Point } from 'geojson';
import type { CountryFeature } from './countries-layer';
import { labelPoint } from './label-point';

export function labelsLayer(countries: CountryFeature[]): FeatureCollection<Point, { id: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: countries.map(({ properties: { id, name }, geometry }) => ({
      type: 'Feature',
      properties: { id, name },
      geometry: { type: 'Point', coordinates: labelPoint(geometry) },
    })),
  };
}
