import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { factCheck } from './src/data/fact-check-plugin';

/** geo/*.geojson are plain JSON: bundle them as modules. */
const geojson = (): Plugin => ({
  name: 'balkan-routes:geojson',
  transform(code, id) {
    return id.endsWith('.geojson') ? { code: `export default JSON.parse(${JSON.stringify(code)});`, map: null } : null;
  },
});

export default defineConfig({
  base: './',
  plugins: [preact(), geojson(), factCheck()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'seeds/**/*.test.ts'],
    environment: 'node',
  },
});
