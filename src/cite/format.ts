import { documents, licence } from '../data/sources';
import type { Citation, DocumentId } from '../data/types';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

/** Unnumbered paragraphs, named as a reader would point to them. */
const NAMED: Record<string, string> = {
  intro: 'opening paragraph',
  question: 'the question',
  heading: 'heading',
  title: 'title',
};

/**
 * A paragraph id as a parliamentary reader would cite it:
 * `p24` → "para 24", `p4-2` → "para 4, second bullet", `a4` (Commons answer) → "answer, paragraph 4".
 */
export function paragraphLabel(doc: DocumentId, para: string): string {
  const bullet = /^p(\d+)-(\d+)$/.exec(para);
  if (bullet) {
    const ordinal = ORDINALS[Number(bullet[2]) - 1];
    return `para ${bullet[1]}, ${ordinal ? `${ordinal} bullet` : `bullet ${bullet[2]}`}`;
  }
  const numbered = /^p(\d+)$/.exec(para);
  if (numbered) return `para ${numbered[1]}`;
  // The Commons answer has no printed numbers; its paragraphs are counted within the answer.
  const answer = /^a(\d+)$/.exec(para);
  if (answer && doc === 'commons-2002') return `answer, paragraph ${answer[1]}`;
  return NAMED[para] ?? para;
}

/** Document reference and paragraph: "HC Deb 08 July 2002 vol 388 cc741-2W [65708], answer, paragraph 4". */
export function referenceOf(cite: Citation): string {
  return `${documents[cite.doc].reference}, ${paragraphLabel(cite.doc, cite.para)}`;
}

/** The citation as copied to the clipboard: quote, reference, licence attribution. */
export function citationText(cite: Citation): string {
  return `“${cite.quote}” ${referenceOf(cite)}. ${licence.attribution}.`;
}
