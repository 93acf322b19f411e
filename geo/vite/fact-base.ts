import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { factFilesIn, loadFactBase, ROOT } from '../../src/data/load-node.ts';
import { SCENES_FILE, sceneProblems } from '../../src/data/scene-schema.ts';
import type { FactBase } from '../../src/data/types.ts';
import { FACT_LAYERS, type FactLayer, factLayers } from '../build/fact-layers.ts';
import { serializeLayer } from '../build/serialize-layer.ts';

/** Imports of the fact base's collections, and of the two geo layers made from it. */
const FACT_IMPORT = /(?:^|\/)facts\/(places|initiatives|figures|routes|exclusions)\.json$/;
const LAYER_IMPORT = /(?:^|\/)geo\/(places|routes)\.geojson$/;

type Context = { error(message: string): never; addWatchFile(file: string): void };

/**
 * The fact base as the build sees it. Every import of a collection, and of geo/places.geojson or
 * geo/routes.geojson, checks the whole base (schema and quotes, about 10 ms), so an edit under
 * `npm run dev` shows its file + id + problem in Vite's error overlay and a build refuses it.
 * The two layers are made here from the checked base; they are not files on disk.
 * `dir` (FACTS_DIR) builds the app from another fact base: the broken and hostile fixtures in
 * tests, the synthetic one in the benchmark. The story (src/data/scenes.json) is checked against
 * its schema the same way, on every import of it.
 */
export function factBase(dir?: string): Plugin {
  const factsDir = dir ? resolve(dir) : undefined;
  const factFiles = Object.values(factFilesIn(factsDir)).map((file) => join(ROOT, file));
  // The seed texts and their index, which the quotes are checked against (not seeds/*.test.ts).
  const seedFiles = readdirSync(join(ROOT, 'seeds'))
    .filter((file) => !file.endsWith('.ts'))
    .map((file) => join(ROOT, 'seeds', file));
  const layerFile = (name: string) => join(ROOT, 'geo', `${name}.geojson`);
  const layerById = new Map<string, FactLayer>(FACT_LAYERS.map((name) => [layerFile(name), name]));
  const scenesFile = join(ROOT, SCENES_FILE);
  let serving = false;

  const check = (context: Context): FactBase => {
    // Added on every check: Vite then re-runs it when any fact or seed file changes.
    for (const file of [...factFiles, ...seedFiles]) context.addWatchFile(file);
    try {
      return loadFactBase(factsDir);
    } catch (error) {
      return context.error((error as Error).message);
    }
  };

  const checkScenes = (context: Context, code: string) => {
    let raw: unknown;
    try {
      raw = JSON.parse(code);
    } catch (error) {
      context.error(`The story is invalid:\n  ${SCENES_FILE}: cannot be read as JSON: ${(error as Error).message}`);
    }
    const problems = sceneProblems(raw);
    if (problems.length > 0) context.error(`The story is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  };

  return {
    name: 'balkan-routes:fact-base',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      // A build stops at once; the dev server starts anyway and reports at the first import.
      if (!serving) check(this);
    },
    resolveId(source) {
      const layer = LAYER_IMPORT.exec(source);
      if (layer) return layerFile(layer[1]!);
      const fact = factsDir && FACT_IMPORT.exec(source);
      return fact ? resolve(factsDir, `${fact[1]}.json`) : null;
    },
    load(id) {
      const name = layerById.get(id);
      return name ? serializeLayer(factLayers(check(this))[name]) : null;
    },
    transform(code, id) {
      if (factFiles.includes(id)) check(this);
      if (id === scenesFile) checkScenes(this, code);
      return null;
    },
  };
}
