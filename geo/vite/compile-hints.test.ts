import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_ALL_ON_LOAD, compileHints } from './compile-hints';

const dir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
const ENTRY = `// a lazy chunk with a stylesheet, so Vite prepends its preload map to this chunk
const lazy = () => import('./lazy.js');
console.log('compile-hint-marker', lazy);
`;
let output: (Rolldown.OutputChunk | Rolldown.OutputAsset)[] = [];

beforeAll(async () => {
  writeFileSync(join(dir, 'entry.js'), ENTRY);
  writeFileSync(join(dir, 'lazy.js'), "import './lazy.css';\nexport const lazy = 1;\n");
  writeFileSync(join(dir, 'lazy.css'), 'p { color: red }\n');
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [compileHints()],
    build: { write: false, sourcemap: 'hidden', minify: false, rolldownOptions: { input: join(dir, 'entry.js') } },
  });
  output = (Array.isArray(result) ? result[0]! : (result as Rolldown.RolldownOutput)).output;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chunks = () => output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');

describe('compileHints', () => {
  it('puts the hint on the entry’s first line, above Vite’s preload map', () => {
    const [first, second] = chunks()
      .find((c) => c.isEntry)!
      .code.split('\n');
    expect(first).toBe(COMPILE_ALL_ON_LOAD);
    expect(second).toMatch(/^const __vite__mapDeps=/);
  });

  it('leaves lazy chunks to compile as they run', () => {
    const lazy = chunks().filter((c) => !c.isEntry);
    expect(lazy.length).toBeGreaterThan(0);
    for (const chunk of lazy) expect(chunk.code).not.toContain(COMPILE_ALL_ON_LOAD);
  });

  it('keeps the source map pointing at the source, in the chunk and in its .map file', () => {
    const entry = chunks().find((c) => c.isEntry)!;
    const lines = entry.code.split('\n');
    const line = lines.findIndex((l) => l.includes('compile-hint-marker'));
    const column = lines[line]!.indexOf('console.log');
    const asset = output.find((o) => o.fileName === `${entry.fileName}.map`) as Rolldown.OutputAsset;
    const map = new SourceMap(JSON.parse(String(asset.source)));
    // findEntry gives the nearest mapping at or before the position: it must be the position itself.
    expect(map.findEntry(line, column)).toMatchObject({
      generatedLine: line,
      generatedColumn: column,
      originalSource: expect.stringContaining('entry.js'),
      originalLine: ENTRY.split('\n').findIndex((l) => l.includes('compile-hint-marker')),
      originalColumn: 0,
    });
  });
});
