import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadFactBase } from './load-node';

/** Imports of the fact base and of the two geo layers drawn from it. */
const FACT_IMPORT = /(?:^|\/)facts\/(places|initiatives|figures|routes|exclusions)\.json$/;
const GEO_IMPORT = /(?:^|\/)geo\/(places|routes)\.geojson$/;

/**
 * Fails the build when the fact base breaks the schema or misquotes the seeds.
 * FACTS_DIR builds the app from another fact base (the broken and hostile fixtures in tests, the
 * synthetic one in the benchmark): its <collection>.json files, and its places.geojson and
 * routes.geojson, stand in for src/data/facts and those two geo layers.
 */
export function factCheck(): Plugin {
  const dir = process.env.FACTS_DIR ? resolve(process.env.FACTS_DIR) : undefined;
  return {
    name: 'balkan-routes:fact-check',
    enforce: 'pre',
    buildStart() {
      try {
        loadFactBase(dir);
      } catch (error) {
        this.error((error as Error).message);
      }
    },
    resolveId(source) {
      if (!dir) return null;
      const fact = FACT_IMPORT.exec(source);
      if (fact) return resolve(dir, `${fact[1]}.json`);
      const layer = GEO_IMPORT.exec(source);
      return layer ? resolve(dir, `${layer[1]}.geojson`) : null;
    },
  };
}
