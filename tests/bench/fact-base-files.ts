// Writes a fact base as the app's build reads it with FACTS_DIR set: the five collections. The
// build makes the places and routes layers from them (geo/vite/fact-base.ts), so the map draws the
// same items the panel lists.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactBase } from '../../src/data/types';

/** Writes `facts` into `dir` (created if missing) as <collection>.json. */
export function writeFactBase(dir: string, facts: FactBase): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, list] of Object.entries(facts)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(list));
}
