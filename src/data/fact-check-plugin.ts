import type { Plugin } from 'vite';
import { loadFactBase } from './load-node';

/**
 * Fails the build when the fact base breaks the schema or misquotes the seeds.
 * FACTS_DIR points it at another folder (the broken fixtures in tests use this).
 */
export function factCheck(): Plugin {
  return {
    name: 'balkan-routes:fact-check',
    buildStart() {
      try {
        loadFactBase(process.env.FACTS_DIR);
      } catch (error) {
        this.error((error as Error).message);
      }
    },
  };
}
