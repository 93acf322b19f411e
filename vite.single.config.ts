// The offline single-file build: `vite build --config vite.single.config.ts` writes
// dist-single/balkan-routes-explorer.html with every script, style, data file and MapLibre's
// worker inlined, to be opened from file:// with no network. The normal build is untouched.
import { fileURLToPath } from 'node:url';
import { mergeConfig, normalizePath, type Plugin, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config';

const here = (path: string) => normalizePath(fileURLToPath(new URL(path, import.meta.url)));
const WORKER_URL = here('./src/map/workerUrl.ts');
const WORKER_URL_SINGLE = here('./src/map/workerUrl.single.ts');

/**
 * MapLibre's worker is a separate file in the normal build (a `?url` import). A single file has
 * nowhere to put it, so the module that names the worker is swapped for one that inlines the
 * worker's source and serves it from a blob: URL.
 */
const inlineMapWorker = (): Plugin => ({
  name: 'balkan-routes:inline-map-worker',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.includes('workerUrl')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === WORKER_URL ? WORKER_URL_SINGLE : null;
  },
});

export default mergeConfig(base as UserConfig, {
  plugins: [inlineMapWorker(), viteSingleFile({ outputFileName: 'balkan-routes-explorer.html' })],
  // public/ holds files for hosting (embed.js); the single file stands alone.
  publicDir: false,
  build: { outDir: 'dist-single', emptyOutDir: true },
} satisfies UserConfig);
