import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { documentsFrom, type DocumentMeta, type SourceDocument } from './documents.ts';
import { DocumentMetaSchema } from './schema.ts';
import type { DocumentId, FactBase } from './types.ts';
import { FACT_FILES, factBaseProblems, schemaProblems, type Collection } from './validate.ts';

/** Repository root, from this file's place in src/data. */
export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Reads and splits every seed document seeds/documents.json lists, from disk (for builds and
 * tests). Throws one error naming each entry that breaks the schema and what it lacks.
 */
export function readDocuments(root = ROOT): Record<DocumentId, SourceDocument> {
  const meta = JSON.parse(readFileSync(join(root, 'seeds', 'documents.json'), 'utf8')) as { documents: Record<string, unknown> };
  const problems = Object.entries(meta.documents).flatMap(([id, entry]) =>
    schemaProblems(DocumentMetaSchema, entry).map((problem) => `seeds/documents.json: document "${id}": ${problem}`),
  );
  if (problems.length > 0) throw new Error(`The source documents are invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return documentsFrom(meta.documents as Record<string, DocumentMeta>, (file) => readFileSync(join(root, 'seeds', file), 'utf8'));
}

/** The fact-base files in a folder (src/data/facts unless another is given), relative to the root. */
export function factFilesIn(dir?: string, root = ROOT): Record<Collection, string> {
  if (!dir) return FACT_FILES;
  const files = {} as Record<Collection, string>;
  for (const key of Object.keys(FACT_FILES) as Collection[]) files[key] = relative(root, join(dir, `${key}.json`));
  return files;
}

/**
 * Loads and checks the fact base from disk. Throws one error listing every problem,
 * each naming the file, the id and what is wrong.
 */
export function loadFactBase(dir?: string, root = ROOT): FactBase {
  const files = factFilesIn(dir, root);
  const raw = {} as Record<Collection, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(files) as Collection[]) {
    try {
      raw[key] = JSON.parse(readFileSync(join(root, files[key]), 'utf8'));
    } catch (error) {
      problems.push(`${files[key]}: cannot be read as JSON: ${(error as Error).message}`);
    }
  }
  if (problems.length === 0) problems.push(...factBaseProblems(raw, readDocuments(root), files));
  if (problems.length > 0) throw new Error(`The fact base is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return raw as unknown as FactBase;
}
