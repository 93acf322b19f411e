// The bench's three builds: the explorer, the bare MapLibre page (./bare) and the explorer on the
// 100× synthetic fact base. Each explorer build is the app's own Vite config plus one plugin that
// appends the render-pass timer (./commit-hook.ts) to the entry; the app's own build never has it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { ROOT } from '../../src/data/load-node';
import { writeSyntheticFactBase } from '../fixtures/synthetic-facts';

const BENCH = import.meta.dirname;
const ENTRY = resolve(ROOT, 'src', 'main.tsx');
const HOOK = resolve(BENCH, 'commit-hook.ts');

/** Appended, so the entry's mappings are unchanged; an import at the end still runs before the entry's code. */
const renderPassTimer = (): Plugin => ({
  name: 'bench:render-pass-timer',
  transform(code, id) {
    return id === ENTRY ? { code: `${code}\nimport ${JSON.stringify(HOOK)};\n`, map: null } : null;
  },
});

async function viteBuild(config: { configFile?: string; outDir?: string; timer: boolean; factsDir?: string }): Promise<void> {
  // The app's config reads FACTS_DIR when it is loaded, as `FACTS_DIR=… vite build` does.
  if (config.factsDir) process.env['FACTS_DIR'] = config.factsDir;
  try {
    await build({
      // The bare page's config sets its own root.
      ...(config.configFile ? { configFile: config.configFile } : { root: ROOT }),
      logLevel: 'warn',
      plugins: config.timer ? [renderPassTimer()] : [],
      // Hidden sourcemaps let attribution.ts say where each byte came from; the code is unchanged.
      build: { sourcemap: 'hidden', emptyOutDir: true, ...(config.outDir ? { outDir: config.outDir } : {}) },
    });
  } finally {
    delete process.env['FACTS_DIR'];
  }
}

/** Builds the three targets into `dist`'s directories. */
export async function buildAll(dist: { app: string; app100: string }): Promise<void> {
  console.log('Building the explorer, the bare baseline and the 100× explorer…');
  await viteBuild({ outDir: dist.app, timer: true });
  await viteBuild({ configFile: join(BENCH, 'bare', 'vite.config.ts'), timer: false });
  const facts = join(BENCH, 'synthetic', 'facts');
  writeSyntheticFactBase(facts);
  await viteBuild({ outDir: dist.app100, timer: true, factsDir: facts });
  const js = readdirSync(join(dist.app100, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist.app100, 'assets', f), 'utf8'));
  if (!js.some((code) => code.includes('syn-figure-'))) {
    throw new Error('The 100× build does not contain the synthetic fact base: the build must import the facts (and geo layers) from FACTS_DIR.');
  }
  if (!js.some((code) => code.includes('__renderPasses'))) throw new Error('The bench build lacks its render-pass timer (tests/bench/commit-hook.ts).');
}
