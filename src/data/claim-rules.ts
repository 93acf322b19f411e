import { SUBJECTS, type Subject } from './subjects.ts';
import type { Citation, Exclusion, Place, Route } from './types.ts';

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

/** Words that mark where a movement starts and ends in these sources' sentences, before or after the name. */
const CUES = { origin: { before: 'from', after: 'source' }, destination: { before: 'into', after: 'destination' } } as const;
type End = keyof typeof CUES;

/**
 * The end of a movement a sentence gives a place: the nearest "from" or "into" before its name,
 * else the nearest "source" or "destination" after it, within its sentence.
 */
function endGiven(quote: string, place: Pick<Place, 'sourceName' | 'name'>): End | undefined {
  const at = quote.indexOf(quote.includes(place.sourceName) ? place.sourceName : place.name);
  if (at < 0) return undefined;
  const start = quote.lastIndexOf('. ', at) + 1;
  const stop = quote.indexOf('. ', at);
  const words = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];
  const before = words(quote.slice(start, at)).reverse();
  const after = words(quote.slice(at, stop < 0 ? quote.length : stop));
  const ends = Object.keys(CUES) as End[];
  for (const word of before) {
    const end = ends.find((e) => CUES[e].before === word);
    if (end) return end;
  }
  for (const word of after) {
    const end = ends.find((e) => CUES[e].after === word);
    if (end) return end;
  }
  return undefined;
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
  else if (from && endGiven(cite.quote, from) !== 'origin') problems.push(`its sentence does not give "${from.sourceName}" as where the movement starts`);
  if (to && !namesPlace(cite.quote, to)) problems.push(`its sentence does not name "${to.sourceName}"`);
  else if (to && endGiven(cite.quote, to) !== 'destination') problems.push(`its sentence does not give "${to.sourceName}" as where the movement ends`);
  if ((route.weight === undefined) !== (route.weightWording === undefined)) problems.push('weight and weightWording go together');
  if (route.weightWording !== undefined && !cite.quote.includes(route.weightWording))
    problems.push(`weight wording "${route.weightWording}" is not in its quote`);
  return problems;
}

/** The source's own wording of a date or period must be in one of the claim's quotes. */
export function wordingProblems(wording: string | undefined, cites: readonly Citation[], what: string): string[] {
  if (wording === undefined || cites.some((c) => c.quote.includes(wording))) return [];
  return [`${what} "${wording}" is not in any of its quotes`];
}

/** A start the sentence puts in the future ("will promote") is a plan, not a start. */
export function futureProblems(wording: string | undefined, cites: readonly Citation[]): string[] {
  const sentence = wording === undefined ? undefined : cites.find((c) => c.quote.includes(wording));
  return sentence && /\bwill\b/.test(sentence.quote) ? [`started "${wording}" is in a sentence about what will happen: make it planned`] : [];
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
