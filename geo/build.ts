/**
 * Builds the map's GeoJSON layers into geo/ from Natural Earth (world-atlas) and the fact base.
 * Run with `npm run geo`; the output is committed, and the same inputs always give the same bytes.
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
