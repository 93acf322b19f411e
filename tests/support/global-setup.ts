// Fails the run at once, naming the command, when a build the specs need is missing: the builds
// happen once, before Playwright (`npm run build:test`), never inside a test.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
/** What each build writes, and the spec that needs it. */
const OUTPUTS = [
  ['dist/index.html', 'the explorer (npm run build)'],
  ['dist/balkan-routes.js', 'the web component (npm run build)'],
  ['dist-single/balkan-routes-explorer.html', 'the single file (npm run build:single)'],
  ['dist-xss/index.html', 'the explorer on the hostile fact base (npm run build:xss)'],
  ['dist-long/index.html', 'the explorer on a fact base with long lists (npm run build:long)'],
] as const;

export default function globalSetup(): void {
  const missing = OUTPUTS.filter(([file]) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) {
    throw new Error(`Missing builds: ${missing.map(([file, what]) => `${file}, ${what}`).join('; ')}. Run \`npm run build:test\` first.`);
  }
}
