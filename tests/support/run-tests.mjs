// `npm test`: typecheck, lint, format check, unit tests, every build the browser tests use, browser
// tests; then one closing line counting unit and browser tests together, e.g. "Tests: 212 passed, 0 failed".
// A step that fails without counting tests (typecheck, a build) adds one failure, so the closing
// line never reads as a pass when the exit code is not 0. Later steps still run where they can.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const reports = mkdtempSync(join(tmpdir(), 'balkan-routes-tests-'));
const VITEST_JSON = join(reports, 'vitest.json');
const PLAYWRIGHT_JSON = join(reports, 'playwright.json');

const totals = { passed: 0, failed: 0, skipped: 0 };
const timings = [];

/** Runs a command with its output shown as it comes; true when it exits 0. */
function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n> ${label}: ${command} ${args.join(' ')}`);
  const { status, error } = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${label} ${Math.round((Date.now() - started) / 1000)} s`);
  if (error) console.error(`${label}: ${error.message}`);
  return status === 0 && !error;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Adds a runner's counts; a runner that failed without writing any counts as one failure. */
function count(ok, counts) {
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  if (!ok && (!counts || counts.failed === 0)) totals.failed += 1;
}

const npx = (label, args, env) => run(label, 'npx', args, env);

count(npx('typecheck', ['tsc', '--noEmit', '-p', '.']));
// Biome's recommended rules, module cycles and the maplibre-gl boundary; folder loops; the config's
// imports as Node loads them (package.json "lint"). Then the format check (write: npm run format).
count(run('lint', 'npm', ['run', '--silent', 'lint']));
count(npx('format', ['biome', 'format', '.']));

const unitOk = npx('unit', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
const unit = readJson(VITEST_JSON);
count(unitOk, unit && { passed: unit.numPassedTests, failed: unit.numFailedTests, skipped: unit.numPendingTests + unit.numTodoTests });

const built = run('chromium', 'node', ['tests/support/ensure-chromium.mjs']) && run('builds', 'npm', ['run', '--silent', 'build:test']);
count(built);
if (built) {
  const browserOk = npx('browser', ['playwright', 'test'], { PW_JSON: PLAYWRIGHT_JSON });
  const stats = readJson(PLAYWRIGHT_JSON)?.stats;
  count(browserOk, stats && { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped });
} else {
  console.error('\nThe builds failed, so the browser tests did not run.');
}

rmSync(reports, { recursive: true, force: true });
console.log(`\n${timings.join(' · ')}`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
