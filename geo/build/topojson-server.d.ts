// topojson-server ships no types; it comes with @turf/turf (through @turf/concave).
declare module 'topojson-server' {
  import type { GeoJsonObject } from 'geojson';
  import type { Topology } from 'topojson-specification';

  export function topology(objects: Record<string, GeoJsonObject>, quantization?: number): Topology;
}
