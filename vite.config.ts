import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { factCheck } from './src/data/fact-check-plugin';
import { trimMaplibreStyles } from './src/map/trim-maplibre-css';

/** geo/*.geojson are plain JSON: bundle them as modules. */
const geojson = (): Plugin => ({
  name: 'balkan-routes:geojson',
  transform(code, id) {
    return id.endsWith('.geojson') ? { code: `export default JSON.parse(${JSON.stringify(code)});`, map: null } : null;
  },
});

export default defineConfig({
  base: './',
  plugins: [preact(), geojson(), factCheck(), trimMaplibreStyles()],
  build: {
    target: 'es2022',
    // Maps without a reference comment: the size budgets attribute bytes to where they came from.
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre arrives in the map binding's lazy chunk; named so it can be found in the network log.
        chunkFileNames: (chunk) => `assets/${chunk.name === 'binding' ? 'maplibre' : '[name]'}-[hash].js`,
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'seeds/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
