import { paragraphOf } from '../data/documents';
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
  // The Commons answer has no printed numbers; its paragraphs are counted within the answer as
  // printed (its `countedIn`). `a4b` is the rest of paragraph 4 after the passage spliced in by the transcription.
  const answer = /^a(\d+)b?$/.exec(para);
  const countedIn = documents[doc].countedIn;
  if (answer && countedIn) return `${countedIn}, paragraph ${answer[1]}`;
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

/**
 * One citation per paragraph: quotes from the same paragraph become the shortest verbatim
 * passage of it that holds them all (a chart's figures often come from consecutive sentences).
 */
export function mergeCites(cites: Citation[]): Citation[] {
  const groups = new Map<string, Citation[]>();
  for (const c of cites) groups.set(`${c.doc}#${c.para}`, [...(groups.get(`${c.doc}#${c.para}`) ?? []), c]);
  return [...groups.values()].flatMap((group) => {
    const { doc, para } = group[0]!;
    const text = paragraphOf(documents[doc], para)?.text ?? '';
    const starts = group.map((c) => text.indexOf(c.quote));
    // A quote not found verbatim (the fact check forbids it) is passed through untouched.
    if (starts.some((s) => s < 0)) return group.filter((c, i) => group.findIndex((d) => d.quote === c.quote) === i);
    const end = Math.max(...group.map((c, i) => starts[i]! + c.quote.length));
    return [{ doc, para, quote: text.slice(Math.min(...starts), end) }];
  });
}
