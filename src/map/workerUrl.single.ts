// The single-file build's worker: its source inlined as a string and served from a blob: URL, as
// there is no file beside the page to load. On a file:// page (origin "null") MapLibre fetches this
// blob and starts the worker from a data: URL, which Chromium allows for module workers.
import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';

// The source map named at the end is not shipped; without the comment devtools do not look for it.
const code = source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

export const workerUrl: string = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
