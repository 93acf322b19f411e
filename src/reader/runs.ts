import type { Paragraph } from '../data/documents';
import { facts } from '../data/factBase';
import { citationsOf, entitiesCiting, type Entity } from '../data/queries';
import type { DocumentId } from '../data/types';
import { highlightSegments } from './highlight';

/** A run of paragraph text as the reader draws it: plain, cited (with what it backs) or excluded. */
export interface Run {
  text: string;
  excluded: boolean;
  /** Why an excluded run is left out, else null. */
  reason: string | null;
  /** The items whose citations cover this run, most specific first; empty for uncited text. */
  backers: Entity[];
}

/** A figure names one sentence, a route or place a broader claim: the first backer is what a mark selects. */
const SPECIFICITY: Record<Entity['kind'], number> = { figure: 0, initiative: 1, place: 2, route: 3 };

/** Exclusion kinds the reader marks; 'numeral' exclusions are numbers that are not figures, still part of the text. */
const MARKED_KINDS = new Set(['foreign passage', 'page furniture']);

/** The passages of a paragraph the fact base leaves out, with reasons. */
function exclusionsIn(doc: DocumentId, para: string) {
  return facts.exclusions.filter((x) => x.doc === doc && x.para === para && MARKED_KINDS.has(x.kind));
}

/** Default reasons for paragraphs the document metadata marks but the fact base does not list. */
const KIND_REASON: Partial<Record<Paragraph['kind'], string>> = {
  foreign: 'text of a different written answer, printed in the middle of this one',
  furniture: 'navigation and copyright lines from the web page, not part of the evidence',
};

/** Why a whole paragraph is left out, or null when it (or part of it) belongs. */
export function wholeExclusion(doc: DocumentId, paragraph: Paragraph): string | null {
  const listed = exclusionsIn(doc, paragraph.id).find((x) => x.text.trim() === paragraph.text.trim());
  return listed?.reason ?? KIND_REASON[paragraph.kind] ?? null;
}

/** Splits a paragraph into runs: cited quotes merged where they overlap, excluded passages flagged. */
export function runsOf(doc: DocumentId, paragraph: Paragraph): Run[] {
  const quotes: string[] = [];
  const backersByQuote: Entity[][] = [];
  for (const entity of entitiesCiting(doc, paragraph.id)) {
    for (const cite of citationsOf(entity)) {
      if (cite.doc !== doc || cite.para !== paragraph.id) continue;
      let at = quotes.indexOf(cite.quote);
      if (at === -1) at = quotes.push(cite.quote) - 1;
      const backers = (backersByQuote[at] ??= []);
      if (!backers.includes(entity)) backers.push(entity);
    }
  }
  const exclusions = exclusionsIn(doc, paragraph.id);
  return highlightSegments(
    paragraph.text,
    quotes,
    exclusions.map((x) => x.text),
  ).map((segment) => ({
    text: segment.text,
    excluded: segment.excluded,
    reason: segment.excluded ? (exclusions.find((x) => x.text.includes(segment.text))?.reason ?? null) : null,
    backers: [...new Set(segment.quotes.flatMap((q) => backersByQuote[q] ?? []))].sort((a, b) => SPECIFICITY[a.kind] - SPECIFICITY[b.kind]),
  }));
}
