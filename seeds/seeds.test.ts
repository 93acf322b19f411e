import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type DocumentMeta } from '../src/data/documents';
import meta from './documents.json';

const docs = meta.documents;

describe('seeds', () => {
  it.each(Object.entries(docs))('%s is the transcription, byte for byte', (_id, doc) => {
    const bytes = readFileSync(join(import.meta.dirname, doc.file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
  });

  it.each(Object.entries(docs))('%s has its metadata', (_id, doc) => {
    for (const key of ['title', 'reference', 'date', 'askedBy', 'answeredBy'] as const) expect(doc[key]).toBeTruthy();
  });

  it('carries the licence and its attribution line', () => {
    expect(meta.licence.attribution).toBe('Contains Parliamentary information licensed under the Open Parliament Licence v3.0');
  });

  it('gives the 2004 memorandum its numbered paragraphs by their numbers', () => {
    const text = readFileSync(join(import.meta.dirname, docs['fco-2004'].file), 'utf8');
    const doc = parseDocument('fco-2004', docs['fco-2004'] as DocumentMeta, text);
    expect(doc.paragraphs.find((p) => p.id === 'p24')?.text).toMatch(/^24\.\s+UNMIK and KFOR/);
    expect(doc.paragraphs.filter((p) => /^p\d+$/.test(p.id))).toHaveLength(26);
  });

  it('refuses a text whose paragraphs do not match their ids', () => {
    const text = readFileSync(join(import.meta.dirname, docs['commons-2002'].file), 'utf8');
    expect(() => parseDocument('commons-2002', docs['commons-2002'] as DocumentMeta, `${text}\n\nAn extra paragraph.`)).toThrow(
      /seeds\/2002-07-08-commons-written-answer-65708\.txt: document "commons-2002": 13 paragraphs in the text, 12 ids/,
    );
  });
});
