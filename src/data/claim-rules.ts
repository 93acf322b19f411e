import { SUBJECTS, type Subject } from './subjects';
import type { Citation, Exclusion, Place, Route } from './types';

/**
 * The rules a claim must keep to say no more than its sentence. Each returns the problems it
 * finds, in words that finish "<file>: <item> <id>: …"; validate.ts runs them on the raw fact base.
 */

const isSubject = (value: unknown): value is Subject => typeof value === 'string' && Object.hasOwn(SUBJECTS, value);

/** A claim on a subject must cite a sentence about that subject: a trafficking role needs "traffick…". */
export function subjectProblems(subject: unknown, quote: string, where: string): string[] {
  if (!isSubject(subject)) return [`${where}: unknown subject "${String(subject)}" (one of ${Object.keys(SUBJECTS).join(', ')})`];
  return SUBJECTS[subject].evidence.test(quote) ? [] : [`${where}: subject "${subject}" but its sentence does not speak of ${SUBJECTS[subject].phrase}`];
}

/** A place is named in a sentence by its name as the sources write it, or its name today. */
export function namesPlace(quote: string, place: Pick<Place, 'sourceName' | 'name'>): boolean {
  return quote.includes(place.sourceName) || quote.includes(place.name);
}

/** Words that mark where a movement starts and ends in these sources' sentences. */
const ORIGIN_CUE = { before: /\bfrom\b/, after: /\bsource\b/ };
const DESTINATION_CUE = { before: /\binto\b/, after: /\bdestination\b/ };

function cued(quote: string, place: Pick<Place, 'sourceName' | 'name'>, cue: { before: RegExp; after: RegExp }): boolean {
  const at = quote.indexOf(quote.includes(place.sourceName) ? place.sourceName : place.name);
  if (at < 0) return false;
  // Only the sentence the name stands in counts.
  const start = quote.lastIndexOf('. ', at) + 1;
  const end = quote.indexOf('. ', at);
  return cue.before.test(quote.slice(start, at)) || cue.after.test(quote.slice(at, end < 0 ? quote.length : end));
}

/**
 * A route draws only what its sentence says: its two ends, each named in the quote, the origin
 * marked as where people come "from" (or a "source"), the destination as where they go "into"
 * (or a "destination"); no place in between, since the sources name none.
 */
export function routeProblems(route: Route, placeById: (id: string) => Place | undefined): string[] {
  const problems: string[] = [];
  const { path, cite } = route;
  if (path.length !== 2) problems.push(`path names ${path.length} places; a route may only join the two places its sentence names`);
  const [from, to] = path.map(placeById);
  if (from && !namesPlace(cite.quote, from)) problems.push(`its sentence does not name "${from.sourceName}"`);
  else if (from && !cued(cite.quote, from, ORIGIN_CUE)) problems.push(`its sentence does not give "${from.sourceName}" as where the movement starts`);
  if (to && !namesPlace(cite.quote, to)) problems.push(`its sentence does not name "${to.sourceName}"`);
  else if (to && !cued(cite.quote, to, DESTINATION_CUE)) problems.push(`its sentence does not give "${to.sourceName}" as where the movement ends`);
  if ((route.weight === undefined) !== (route.weightWording === undefined)) problems.push('weight and weightWording go together');
  if (route.weightWording !== undefined && !cite.quote.includes(route.weightWording)) problems.push(`weight wording "${route.weightWording}" is not in its quote`);
  return problems;
}

/** The source's own wording of a date or period must be in one of the claim's quotes. */
export function wordingProblems(wording: string | undefined, cites: readonly Citation[], what: string): string[] {
  if (wording === undefined || cites.some((c) => c.quote.includes(wording))) return [];
  return [`${what} "${wording}" is not in any of its quotes`];
}

/** Excluded passages (a spliced answer, page furniture) may not be quoted, even in part. */
export function overlapsExcluded(cite: Citation, paragraphText: string, exclusions: readonly Exclusion[]): Exclusion | undefined {
  const start = paragraphText.indexOf(cite.quote);
  if (start < 0) return undefined;
  const end = start + cite.quote.length;
  return exclusions.find((x) => {
    if (x.kind === 'numeral' || x.doc !== cite.doc || x.para !== cite.para) return false;
    const from = paragraphText.indexOf(x.text);
    return from >= 0 && from < end && start < from + x.text.length;
  });
}
