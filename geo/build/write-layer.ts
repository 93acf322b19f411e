import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { truncate } from '@turf/turf';
import type { FeatureCollection } from 'geojson';

/** Write a layer compactly, coordinates at 4 decimals; returns its raw and gzipped sizes in bytes. */
export function writeLayer(path: string, layer: FeatureCollection): { bytes: number; gzipped: number } {
  const text = JSON.stringify(truncate(layer, { precision: 4 }));
  writeFileSync(path, text);
  return { bytes: Buffer.byteLength(text), gzipped: gzipSync(text).length };
}
