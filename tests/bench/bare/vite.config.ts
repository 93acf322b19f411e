// Builds the bare MapLibre baseline with the app's own Vite config (same target, minifier and
// GeoJSON loader), into tests/bench/bare/dist: `npx vite build -c tests/bench/bare/vite.config.ts`.
import { defineConfig, mergeConfig } from 'vite';
import app from '../../../vite.config.ts';

export default defineConfig((env) =>
  mergeConfig(app(env), {
    root: import.meta.dirname,
    build: { outDir: 'dist', emptyOutDir: true },
  }),
);
