// Adding a source document is one entry in seeds/documents.json plus its text file (plus the
// facts that cite it). This proves it on a copy of the project with an invented third document:
// the fact base loads and validates against it, and the app builds with it in its bundle.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFactBase, readDocuments, ROOT } from './load-node';

const ID = 'fixture-2006';
const FILE = '2006-01-01-fixture-document.txt';
const SENTENCE = '1. In 2006 the fixture unit trained 12 officers in Kosovo.';
/** An invented document: a heading and one numbered paragraph. */
const TEXT = `Fixture document, invented for a test: not a parliamentary record\n\n${SENTENCE}\n`;

const project = mkdtempSync(join(tmpdir(), 'third-document-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** A copy of the project, node_modules linked, with the three edits a new document needs. */
function projectWithThirdDocument(): string {
  for (const path of ['src', 'geo', 'seeds', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, path), join(project, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');

  // 1. Its entry in seeds/documents.json.
  const metaPath = join(project, 'seeds', 'documents.json');
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { documents: Record<string, unknown> };
  meta.documents[ID] = {
    file: FILE,
    title: 'Fixture document',
    type: 'Invented for a test',
    reference: 'Fixture 2006 [1]',
    date: '2006-01-01',
    dateText: '1 January 2006',
    askedBy: 'Nobody',
    answeredBy: 'Nobody',
    label: '2006 fixture document',
    noun: 'document',
    shortCredit: 'Fixture 2006',
    paragraphs: [
      { id: 'heading', kind: 'heading' },
      { id: 'p1', kind: 'text' },
    ],
  };
  writeFileSync(metaPath, JSON.stringify(meta, null, 2));
  // 2. Its text file.
  writeFileSync(join(project, 'seeds', FILE), TEXT);
  // 3. A fact citing it.
  const figuresPath = join(project, 'src', 'data', 'facts', 'figures.json');
  const figures = JSON.parse(readFileSync(figuresPath, 'utf8')) as object[];
  figures.push({
    id: 'fixture-officers-2006',
    value: 12,
    display: '12',
    unit: 'officers',
    counts: 'officers trained by the fixture unit',
    period: 'in 2006',
    year: 2006,
    stated: 2006,
    places: ['XK'],
    cite: { doc: ID, para: 'p1', quote: 'trained 12 officers' },
  });
  writeFileSync(figuresPath, JSON.stringify(figures, null, 2));
  return project;
}

describe('a third document', () => {
  const root = projectWithThirdDocument();

  it('is read by the node loader, with its paragraphs', () => {
    const documents = readDocuments(root);
    expect(Object.keys(documents)).toEqual(['commons-2002', 'fco-2004', ID]);
    expect(documents[ID as keyof typeof documents].paragraphs.map((p) => p.text)).toEqual([TEXT.split('\n')[0], SENTENCE]);
  });

  it('backs a fact the fact base accepts', () => {
    const facts = loadFactBase(undefined, root);
    expect(facts.figures.find((f) => f.id === 'fixture-officers-2006')?.cite.doc).toBe(ID);
    expect(facts.figures.length).toBe(loadFactBase().figures.length + 1);
  });

  it('is refused, by name, when its entry lacks what the app shows of it', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'document-entry-'));
    cpSync(join(root, 'seeds'), join(seeds, 'seeds'), { recursive: true });
    const metaPath = join(seeds, 'seeds', 'documents.json');
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { documents: Record<string, Record<string, unknown>> };
    delete meta.documents[ID]!['label'];
    writeFileSync(metaPath, JSON.stringify(meta));
    try {
      expect(() => readDocuments(seeds)).toThrow(`seeds/documents.json: document "${ID}": needs a label`);
    } finally {
      rmSync(seeds, { recursive: true, force: true });
    }
  });

  it('is bundled by the app build, which runs the same fact check', async () => {
    const output = (await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: join(root, 'dist'), write: false },
    })) as Rolldown.RolldownOutput;
    const js = output.output
      .filter((chunk) => chunk.type === 'chunk')
      .map((chunk) => chunk.code)
      .join('\n');
    expect(js).toContain(SENTENCE);
    expect(js).toContain('2006 fixture document');
  }, 120_000);
});
