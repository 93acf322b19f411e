import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';

const here = (path: string) => normalizePath(fileURLToPath(new URL(path, import.meta.url)));
const WORKER_URL = here('../../src/map/workerUrl.ts');
const WORKER_URL_SINGLE = here('../../src/map/workerUrl.single.ts');

/**
 * The single file's build (`--mode single`): MapLibre's worker is a separate file in the normal
 * build (a `?url` import). A single file has nowhere to put it, so the module that names the
 * worker is swapped for one that inlines the worker's source and serves it from a blob: URL.
 */
export const inlineMapWorker = (): Plugin => ({
  name: 'balkan-routes:inline-map-worker',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.includes('workerUrl')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === WORKER_URL ? WORKER_URL_SINGLE : null;
  },
});
