import meta from '../../seeds/documents.json';
import commonsText from '../../seeds/2002-07-08-commons-written-answer-65708.txt?raw';
import fcoText from '../../seeds/2004-10-06-fco-evidence-foreign-affairs-committee.txt?raw';
import { parseDocument, type DocumentMeta, type SourceDocument } from './documents';
import type { DocumentId } from './types';

/** The two source documents, split into their cited paragraphs. */
export const documents: Record<DocumentId, SourceDocument> = {
  'commons-2002': parseDocument('commons-2002', meta['commons-2002'] as DocumentMeta, commonsText),
  'fco-2004': parseDocument('fco-2004', meta['fco-2004'] as DocumentMeta, fcoText),
};

export const licence = meta.licence;
