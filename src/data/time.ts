import type { Citation, SourceDate } from './types.ts';
import { DOCUMENTS, yearOfDate, type DocumentId } from './vocab.ts';

/**
 * The two readings of the time control. `reported`: what the records had said by the end of the
 * year — a claim counts from its document's date. `happened`: what the records say was so by the
 * end of the year — a claim counts from its own date where its sentence gives one, else from its
 * document's. Wordings of a period ("In the past five years") are not dates.
 */
export type TimeMode = 'reported' | 'happened';

export const TIME_MODES: Record<TimeMode, { label: string; sentence: (year: number) => string }> = {
  reported: { label: 'Said by', sentence: (year) => `What the records had said by the end of ${year}` },
  happened: { label: 'Happened by', sentence: (year) => `What the records say was so by the end of ${year}` },
};
export const TIME_MODE_IDS = Object.keys(TIME_MODES) as TimeMode[];
export const DEFAULT_TIME_MODE: TimeMode = 'reported';

/** The year a document was laid: 2002 for the Commons answer, 2004 for the memorandum. */
export function documentYear(doc: DocumentId): number {
  return yearOfDate(DOCUMENTS[doc].date);
}

/** "8 July 2002": the day a document was laid, as its metadata writes it. */
export function documentDateText(doc: DocumentId): string {
  return DOCUMENTS[doc].dateText;
}

/** When a claim counts, under each reading. */
export type ClaimYears = Record<TimeMode, number>;

/** Years of a claim made by `cites` (the earliest document counts) and dated `own` where its sentence dates it. */
export function claimYears(cites: readonly Citation[], own?: SourceDate): ClaimYears {
  const reported = Math.min(...cites.map((c) => documentYear(c.doc)));
  return { reported, happened: own?.year ?? reported };
}

/** Where an item is geography, not a claim (a country is there whatever the records say): from the start. */
export const ALWAYS = 0;

/** A year no claim reaches, for map features that lack a claim. */
export const NEVER = 9999;
