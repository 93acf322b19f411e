// A broken fact base must stop the build, and say where: the file, the item's id, the problem.
// The real base plus named faults (tests/fixtures/broken-facts.ts), built as `vite build` does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { factFilesIn, ROOT } from '../../src/data/load-node';
import { brokenFactBase, writeFactFiles } from '../fixtures/broken-facts';

const work = mkdtempSync(join(tmpdir(), 'broken-facts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('vite build refuses the real fact base plus named faults, naming file, id and problem for each', async () => {
  const { facts, faults } = brokenFactBase();
  const dir = join(work, 'facts');
  writeFactFiles(dir, facts);
  // vite.config.ts's fact check reads FACTS_DIR when the config is loaded, as `FACTS_DIR=… vite build` does.
  process.env['FACTS_DIR'] = dir;
  let message = '';
  try {
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir: join(work, 'dist'), write: false } });
  } catch (error) {
    message = (error as Error).message;
  } finally {
    delete process.env['FACTS_DIR'];
  }
  expect(message, 'the build must fail').not.toBe('');
  const files = factFilesIn(dir);
  for (const { collection, item, id, problem } of faults) expect(message).toContain(`${files[collection]}: ${item} "${id}": ${problem}`);
});
