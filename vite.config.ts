// One config, three builds, chosen by mode:
//   vite build                 the explorer, into dist/
//   vite build --mode embed    <balkan-routes-map> as dist/balkan-routes.js, beside the explorer
//   vite build --mode single   dist-single/balkan-routes-explorer.html, everything inlined, for file://
// Build plugins live in geo/vite/ (why: README, "How it is built"). Every import reachable from
// here names its `.ts` file, so `--configLoader native` works where Node strips types (22.18+).
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { mergeConfig, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { compileHints } from './geo/vite/compile-hints.ts';
import { factBase } from './geo/vite/fact-base.ts';
import { geojson } from './geo/vite/geojson.ts';
import { inlineMapWorker } from './geo/vite/inline-map-worker.ts';
import { shadowStyles } from './geo/vite/shadow-styles.ts';
import { trimMaplibreStyles } from './geo/vite/trim-maplibre-css.ts';

export const MODES = ['production', 'embed', 'single'] as const;
type Mode = (typeof MODES)[number];

/** What each mode adds to the explorer's build. */
const overlays: Record<Mode, UserConfig> = {
  production: {},
  // Not library mode: that inlines every asset as base64, and the MapLibre worker must stay a file
  // that the script finds beside itself (`base: './'` makes asset URLs relative to import.meta.url).
  embed: {
    plugins: [shadowStyles()],
    // public/ (embed.js) was copied by the explorer's build, whose dist/ this adds to.
    publicDir: false,
    build: {
      emptyOutDir: false,
      rolldownOptions: {
        input: { 'balkan-routes': fileURLToPath(new URL('./src/app/web-component.tsx', import.meta.url)) },
        // Chunks apart from the app's assets/, so the app's size budgets count only the app.
        output: { entryFileNames: '[name].js', chunkFileNames: 'component/[name]-[hash].js' },
      },
    },
  },
  // public/ holds files for hosting (embed.js); the single file stands alone.
  single: {
    plugins: [inlineMapWorker(), viteSingleFile({ outputFileName: 'balkan-routes-explorer.html' })],
    publicDir: false,
    build: { outDir: 'dist-single', emptyOutDir: true },
  },
};

const isMode = (mode: string): mode is Mode => (MODES as readonly string[]).includes(mode);

const explorer: UserConfig = {
  base: './',
  plugins: [preact(), geojson(), factBase(process.env['FACTS_DIR']), trimMaplibreStyles(), compileHints()],
  build: {
    target: 'es2022',
    // Maps without a reference comment: the size budgets attribute bytes to where they came from.
    sourcemap: 'hidden',
    // The SVG map draws at once; MapLibre follows in a lazy chunk of its own.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre arrives in the map binding's lazy chunk; named so it can be found in the network log.
        chunkFileNames: (chunk) => `assets/${chunk.name === 'binding' ? 'maplibre' : '[name]'}-[hash].js`,
      },
    },
  },
};

export default defineConfig(({ mode }) => ({
  // `vite` (dev) and vitest run in modes of their own; they get the explorer's config.
  ...mergeConfig(explorer, overlays[isMode(mode) ? mode : 'production']),
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'seeds/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // Worker threads rather than forked processes: the same isolation per file, and the unit run
    // about 5 s shorter on 2 cores (28 against 33 s).
    pool: 'threads',
  },
}));
