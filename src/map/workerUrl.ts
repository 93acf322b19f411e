// Where MapLibre's worker comes from, in one place so the single-file build (`vite build --mode single`)
// can swap this module for workerUrl.single.ts. Here: a file emitted beside the bundle.
import url from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export const workerUrl: string = url;
