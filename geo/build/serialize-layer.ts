import { truncate } from '@turf/turf';
import type { FeatureCollection } from 'geojson';

/** A layer as written to disk: compact, coordinates at 4 decimals. */
export function serializeLayer(layer: FeatureCollection): string {
  return JSON.stringify(truncate(layer, { precision: 4 }));
}
