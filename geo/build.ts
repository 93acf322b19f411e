/**
 * Builds the map's Natural Earth layers (countries, borders, labels) into geo/ from world-atlas
 * and the fact base's countries. Run with `npm run geo`; the output is committed, and the same
 * inputs always give the same bytes. The places and routes layers are made by every build
 * (geo/vite/fact-base.ts), not here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildLayers } from './build/layers';
import { serializeLayer } from './build/serialize-layer';

let totalGzipped = 0;
for (const [name, layer] of Object.entries(buildLayers())) {
  const text = serializeLayer(layer);
  writeFileSync(join(import.meta.dirname, `${name}.geojson`), text);
  const gzipped = gzipSync(text).length;
  totalGzipped += gzipped;
  console.log(`${name}.geojson: ${layer.features.length} features, ${kb(Buffer.byteLength(text))} (${kb(gzipped)} gzipped)`);
}
console.log(`total gzipped: ${kb(totalGzipped)}`);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
