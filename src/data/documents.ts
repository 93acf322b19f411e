import type * as v from 'valibot';
import type { DocumentMetaSchema } from './schema.ts';
import type { DocumentId, PARAGRAPH_KINDS } from './vocab.ts';

export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export interface Paragraph {
  id: string;
  kind: ParagraphKind;
  /** The paragraph's text exactly as transcribed, leading indentation removed. */
  text: string;
}

export type DocumentMeta = v.InferOutput<typeof DocumentMetaSchema>;

export interface SourceDocument extends Omit<DocumentMeta, 'paragraphs'> {
  id: DocumentId;
  paragraphs: Paragraph[];
}

/** Paragraphs are separated by blank lines in the transcriptions. */
export function splitBlocks(text: string): string[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/**
 * Pairs each block of a seed text with the paragraph id its metadata gives.
 * Throws, naming the seed file, when the two disagree.
 */
export function parseDocument(id: DocumentId, meta: DocumentMeta, text: string): SourceDocument {
  const blocks = splitBlocks(text);
  const where = `seeds/${meta.file}`;
  if (blocks.length !== meta.paragraphs.length) {
    throw new Error(`${where}: document "${id}": ${blocks.length} paragraphs in the text, ${meta.paragraphs.length} ids in seeds/documents.json`);
  }
  const paragraphs = blocks.map((block, i): Paragraph => {
    const { id: para, kind } = meta.paragraphs[i]!;
    const numbered = /^(\d+)\.\s/.exec(block);
    if (numbered && para !== `p${numbered[1]}`) {
      throw new Error(`${where}: paragraph ${i + 1}: numbered ${numbered[1]} but its id is "${para}"`);
    }
    return { id: para, kind, text: block };
  });
  const { paragraphs: _ids, ...rest } = meta;
  return { ...rest, id, paragraphs };
}

/**
 * Every document seeds/documents.json lists, its text read by `textOf(file)`: the app passes
 * its bundled seeds, the node loader reads them from disk, so both see the same list.
 */
export function documentsFrom(documents: Record<string, DocumentMeta>, textOf: (file: string) => string): Record<DocumentId, SourceDocument> {
  const entries = Object.entries(documents).map(([id, meta]) => [id, parseDocument(id as DocumentId, meta, textOf(meta.file))] as const);
  return Object.fromEntries(entries) as Record<DocumentId, SourceDocument>;
}

/** Finds a paragraph by id, or undefined. */
export function paragraphOf(doc: SourceDocument, para: string): Paragraph | undefined {
  return doc.paragraphs.find((p) => p.id === para);
}
