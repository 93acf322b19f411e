// Under `npm run dev` the fact base is checked on every import, and again when a fact file changes:
// a dev server on a copy of the real base serves the layers the build makes, then refuses the
// base once a fault is written into it, naming the file, the id and the problem.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { factFilesIn, ROOT } from '../../src/data/load-node';
import { brokenFactBase, realFactBase, writeFactFiles } from '../../tests/fixtures/broken-facts';
import { factLayers } from '../build/fact-layers';
import { serializeLayer } from '../build/serialize-layer';
import { factBase } from './fact-base';
import { geojson } from './geojson';

const dir = mkdtempSync(join(tmpdir(), 'fact-base-dev-'));
let server: ViteDevServer;

beforeAll(async () => {
  writeFactFiles(dir, realFactBase());
  server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins: [geojson(), factBase(dir)],
    server: { middlewareMode: true, ws: false },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The layer module as the dev server serves it, evaluated. */
async function layer(name: 'places' | 'routes'): Promise<unknown> {
  const module = await server.ssrLoadModule(`/geo/${name}.geojson`);
  return module['default'];
}

it('serves places and routes made from the fact base, and refuses the base once a fault is saved', async () => {
  const expected = factLayers(realFactBase());
  expect(await layer('places')).toEqual(JSON.parse(serializeLayer(expected.places)));
  expect(await layer('routes')).toEqual(JSON.parse(serializeLayer(expected.routes)));

  const { facts: broken, faults } = brokenFactBase();
  const figures = join(dir, 'figures.json');
  writeFileSync(figures, JSON.stringify(broken.figures));
  // Vite drops the layer's module once its watcher sees the change: the next import checks again.
  const routes = server.environments.ssr.moduleGraph.getModuleById(join(ROOT, 'geo', 'routes.geojson'));
  expect(routes?.transformResult).toBeTruthy();
  await vi.waitFor(() => expect(routes?.transformResult).toBeNull(), { timeout: 10_000 });

  const files = factFilesIn(dir);
  const message = await layer('routes').then(
    () => '',
    (error: Error) => error.message,
  );
  for (const { collection, item, id, problem } of faults.filter((fault) => fault.collection === 'figures')) {
    expect(message).toContain(`${files[collection]}: ${item} "${id}": ${problem}`);
  }
}, 30_000);
