// `vite --configLoader native` imports vite.config.ts with Node itself: no bundling, so every import
// the config reaches must name its .ts file. `tsconfig.node.json` checks that on any Node (npm run
// lint); this loads the config for each mode, where Node can strip types (22.18+, or 22.6+ flagged).
import { join } from 'node:path';
import { loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';
import { MODES } from '../../vite.config.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const stripsTypes = Boolean((process.features as { typescript?: string }).typescript);

describe.runIf(stripsTypes)('vite.config.ts under the native config loader', () => {
  it.each(MODES)('loads for `vite build --mode %s`', async (mode) => {
    const loaded = await loadConfigFromFile({ command: 'build', mode }, join(ROOT, 'vite.config.ts'), ROOT, 'silent', undefined, 'native');
    expect(loaded?.path).toBe(join(ROOT, 'vite.config.ts'));
    expect(loaded?.config.build?.outDir).toBe(mode === 'single' ? 'dist-single' : undefined);
  });
});
