// `npm run build:xss`: the explorer built on the hostile fact base (./xss-facts.ts) into dist-xss/,
// once before the browser run; xss.spec.ts tests it on its own port (tests/support/serve.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOnFacts } from '../fixtures/build-on-facts';
import { ROOT } from '../../src/data/load-node';
import { xssFactBase } from './xss-facts';

const OUT = join(ROOT, 'dist-xss');

buildOnFacts(xssFactBase(), OUT);
const js = readdirSync(join(OUT, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(OUT, 'assets', f), 'utf8'))
  .join('');
if (!js.includes('onerror=window.__pwned=1')) {
  throw new Error('The XSS build carries the real fact base, not the fixture: the build must import the fact base (and geo layers) from FACTS_DIR.');
}
console.log('dist-xss/: the explorer on the hostile fact base');
