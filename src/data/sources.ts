import meta from '../../seeds/documents.json';
import { documentsFrom, type DocumentMeta } from './documents';

/** Every seed text, bundled: a document is an entry in seeds/documents.json plus its text file. */
const texts = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default', eager: true });

/** The source documents, split into their cited paragraphs. */
export const documents = documentsFrom(meta.documents as Record<string, DocumentMeta>, (file) => {
  const text = texts[`/seeds/${file}`];
  if (text === undefined) throw new Error(`seeds/documents.json names seeds/${file}, which is not there`);
  return text;
});

export { LICENCE as licence } from './vocab';
