import type { DocumentId } from './types.ts';

export type ParagraphKind = 'heading' | 'question' | 'text' | 'foreign' | 'furniture';

export interface Paragraph {
  id: string;
  kind: ParagraphKind;
  /** The paragraph's text exactly as transcribed, leading indentation removed. */
  text: string;
}

export interface DocumentMeta {
  file: string;
  title: string;
  type: string;
  reference: string;
  date: string;
  dateText: string;
  askedBy: string;
  answeredBy: string;
  paragraphs: { id: string; kind: ParagraphKind }[];
}

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

/** Finds a paragraph by id, or undefined. */
export function paragraphOf(doc: SourceDocument, para: string): Paragraph | undefined {
  return doc.paragraphs.find((p) => p.id === para);
}
