// A broken fact base must stop the build, and say where: the file, the item's id, the problem.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';

const ROOT = join(import.meta.dirname, '..', '..');

test('vite build refuses a broken fact base, naming file, id and problem', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'broken-facts-build-'));
  try {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: ROOT,
      env: { ...process.env, FACTS_DIR: 'tests/fixtures/broken-facts', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output).not.toBe(0);
    expect(build.status, 'exit status (null means the build hung)').not.toBeNull();
    // One line per fault in tests/fixtures/broken-facts, each with file, id and what is wrong.
    for (const line of [
      'tests/fixtures/broken-facts/figures.json: figure "wrong-value": display "60" does not state the value 57',
      'tests/fixtures/broken-facts/figures.json: figure "misquoted-raids": cite: quote not found verbatim in fco-2004 p24',
      'tests/fixtures/broken-facts/figures.json: figure "unknown-place": places: unknown place id "ATLANTIS"',
      'tests/fixtures/broken-facts/figures.json: figure "foreign-quote": cite: cites foreign paragraph',
      'tests/fixtures/broken-facts/places.json: place "MD": roles[0] (source): missing citation',
    ]) {
      expect(output).toContain(line);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
