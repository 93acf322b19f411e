import * as v from 'valibot';
import { futureProblems, overlapsExcluded, routeProblems, subjectProblems, wordingProblems } from './claim-rules.ts';
import { paragraphOf, type SourceDocument } from './documents.ts';
import { COLLECTION_SCHEMAS } from './schema.ts';
import type { Citation, Exclusion, FactBase, Place, SourceDate } from './types.ts';
import { PLACE_KINDS, ROLES, yearOfDate } from './vocab.ts';
import { numberFromWording } from './wording.ts';

export type Collection = keyof FactBase;

/** Where each collection of the fact base lives, for error messages. */
export const FACT_FILES: Record<Collection, string> = {
  places: 'src/data/facts/places.json',
  initiatives: 'src/data/facts/initiatives.json',
  figures: 'src/data/facts/figures.json',
  routes: 'src/data/facts/routes.json',
  exclusions: 'src/data/facts/exclusions.json',
};

const ITEM_NAME: Record<Collection, string> = {
  places: 'place',
  initiatives: 'initiative',
  figures: 'figure',
  routes: 'route',
  exclusions: 'exclusion',
};

type Problem = (text: string) => void;
type Valid = { [C in Collection]: { item: FactBase[C][number]; problem: Problem }[] };

/**
 * Where in its item a schema issue is, up to the object holding the field (the message names the
 * field): "roles[0] (transit)", "cites[1]", or "" at the top. A role claim is named by its role.
 */
function whereOf(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const upTo = path.at(-1)?.type === 'object' ? path.slice(0, -1) : path;
  return upTo
    .map((step) => {
      if (step.type !== 'array') return `.${String(step.key)}`;
      const role = (step.value as { role?: unknown } | null)?.role;
      return `[${String(step.key)}]${typeof role === 'string' && Object.hasOwn(ROLES, role) ? ` (${role})` : ''}`;
    })
    .join('')
    .replace(/^\./, '');
}

/** What `value` breaks of `schema`, each problem once, in the words of ./schema: "roles[0] (transit): missing citation". */
export function schemaProblems(schema: v.GenericSchema, value: unknown): string[] {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? [] : [...new Set(parsed.issues.map((issue) => [whereOf(issue), issue.message].filter(Boolean).join(': ')))];
}

/**
 * Checks the raw fact base against the schema, then against the seeds: quotes verbatim, ids
 * that resolve, wording the sentences give. Returns one message per problem, each naming the
 * file, the id and the problem. `documents` is every seed document (see load-node).
 */
export function factBaseProblems(
  raw: Record<Collection, unknown>,
  documents: Readonly<Record<string, SourceDocument>>,
  files: Record<Collection, string> = FACT_FILES,
): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Collection>();
  const valid = { places: [], initiatives: [], figures: [], routes: [], exclusions: [] } as Valid;

  for (const collection of Object.keys(files) as Collection[]) {
    const list = raw[collection];
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'object' && x !== null)) {
      problems.push(`${files[collection]}: expected an array of objects`);
      continue;
    }
    for (const [index, item] of (list as Record<string, unknown>[]).entries()) {
      const id = item['id'];
      const label = typeof id === 'string' && id !== '' ? `"${id}"` : `#${index + 1}`;
      const problem: Problem = (text) => problems.push(`${files[collection]}: ${ITEM_NAME[collection]} ${label}: ${text}`);
      if (collection !== 'exclusions' && typeof id === 'string') {
        const earlier = ids.get(id);
        if (earlier) problem(`id already used in ${files[earlier]}`);
        ids.set(id, collection);
      }
      const found = schemaProblems(COLLECTION_SCHEMAS[collection], item);
      if (found.length === 0) (valid[collection] as { item: unknown; problem: Problem }[]).push({ item, problem });
      else found.forEach(problem);
    }
  }

  const exclusions: Exclusion[] = valid.exclusions.map((x) => x.item);
  const yearOf = (doc: string) => documents[doc] && yearOfDate(documents[doc].date);
  /** A citation's document and paragraph exist and its quote is verbatim; false when there is nothing to read it against. */
  const citation = (cite: Citation, where: string, problem: Problem): boolean => {
    const { doc, para, quote } = cite;
    const document = documents[doc];
    if (!document) return (problem(`${where}: unknown document "${doc}"`), false);
    const paragraph = paragraphOf(document, para);
    if (!paragraph) return (problem(`${where}: no paragraph "${para}" in ${doc}`), false);
    if (paragraph.kind === 'foreign' || paragraph.kind === 'furniture') problem(`${where}: cites ${paragraph.kind} paragraph ${para}`);
    if (!paragraph.text.includes(quote)) problem(`${where}: quote not found verbatim in ${doc} ${para}: "${quote}"`);
    const excluded = overlapsExcluded(cite, paragraph.text, exclusions);
    if (excluded) problem(`${where}: quote overlaps the excluded ${excluded.kind} "${excluded.text.slice(0, 40).trimEnd()}…" in ${doc} ${para}`);
    return true;
  };
  const citations = (list: Citation[], where: string, problem: Problem) => list.forEach((c, i) => citation(c, `${where}[${i}]`, problem));
  const known = (list: Citation[]) => list.filter((c) => Object.hasOwn(documents, c.doc));
  /** A date a claim gives itself must be worded in its sentence, and not fall after the document that states it. */
  const dated = (date: SourceDate | undefined, cites: Citation[], what: string, problem: Problem, planned = false) => {
    if (date === undefined) return;
    wordingProblems(date.text, cites, `${what} wording`).forEach(problem);
    const stated = Math.min(...cites.map((c) => yearOf(c.doc)!));
    if (!planned && date.year > stated) problem(`${what} ${date.year} is after the ${stated} document that states it`);
  };
  const resolves = (id: string, kind: Collection, where: string, problem: Problem) => {
    if (ids.get(id) !== kind) problem(`${where}: unknown ${ITEM_NAME[kind]} id "${id}"`);
  };

  for (const { item: p, problem } of valid.places) {
    if (p.kind === 'country' && !/^[A-Z]{2}$/.test(p.id)) problem('a country id must be ISO 3166-1 alpha-2');
    if (p.precision !== 'exact' && !p.locationNote) problem('an approximate place needs a locationNote saying why');
    // Named points need a marker; an institution the sources do not locate has none.
    const point = PLACE_KINDS[p.kind].point;
    const needsPoint = point === 'always' || (point === 'when located' && p.precision !== 'country' && p.precision !== 'region');
    if (needsPoint && !p.lngLat) problem('needs lngLat [lng, lat]');
    if (p.country !== undefined) resolves(p.country, 'places', 'country', problem);
    if (p.precision === 'country' && p.lngLat !== undefined) problem('the sources place it only in its country: drop lngLat, the marker goes to the country');
    p.roles.forEach((claim, i) => {
      const where = `roles[${i}] (${claim.role})`;
      if (!citation(claim.cite, where, problem)) return;
      const quote = claim.cite.quote;
      subjectProblems(claim.subject, quote, where).forEach(problem);
      if (!quote.includes(p.sourceName) && !quote.includes(p.name)) problem(`${where}: its sentence does not name "${p.sourceName}"`);
      if (!ROLES[claim.role].wording.test(quote)) problem(`${where}: its sentence does not give the place as a ${claim.role}`);
      wordingProblems(claim.period, [claim.cite], `${where}: period`).forEach(problem);
    });
    citations(p.cites, 'cites', problem);
    dated(p.date, known([...p.cites, ...p.roles.map((r) => r.cite)]), 'date', problem);
  }

  for (const { item: it, problem } of valid.initiatives) {
    it.places.forEach((id) => resolves(id, 'places', 'places', problem));
    citations(it.cites, 'cites', problem);
    const quotes = known(it.cites);
    dated(it.started, quotes, 'started', problem);
    futureProblems(it.started?.text, quotes).forEach(problem);
    dated(it.planned, quotes, 'planned', problem, true);
    if (it.started !== undefined && it.planned !== undefined) problem('cannot be both started and planned');
    // "Led by" is a claim too: the lead must be named as such in a sentence it cites.
    const lead = it.lead?.replace(/\s*\(.*\)$/, '');
    if (lead && !quotes.some((c) => c.quote.includes(lead))) problem(`lead "${it.lead}" is not named in any of its quotes`);
  }

  for (const { item: f, problem } of valid.figures) {
    if (numberFromWording(f.display) !== f.value) problem(`display "${f.display}" does not state the value ${f.value}`);
    if (citation(f.cite, 'cite', problem) && !f.cite.quote.includes(f.display)) problem(`value "${f.display}" not found in its quote`);
    const docYear = yearOf(f.cite.doc);
    if (docYear !== f.stated) problem(`stated ${f.stated} but cites a ${String(docYear)} document`);
    if (docYear !== undefined && f.year < docYear && !f.cite.quote.includes(String(f.year))) {
      problem(`dated ${f.year}, before its ${docYear} document, but its sentence does not give that year`);
    }
    f.places.forEach((id) => resolves(id, 'places', 'places', problem));
    if (f.initiative !== undefined) resolves(f.initiative, 'initiatives', 'initiative', problem);
  }

  const placeById = new Map<string, Place>(valid.places.map(({ item }) => [item.id, item]));
  for (const { item: r, problem } of valid.routes) {
    r.path.forEach((id) => resolves(id, 'places', 'path', problem));
    if (!citation(r.cite, 'cite', problem)) continue;
    subjectProblems(r.subject, r.cite.quote, 'cite').forEach(problem);
    routeProblems(r, (id) => placeById.get(id)).forEach(problem);
  }

  for (const { item: x, problem } of valid.exclusions) {
    const document = documents[x.doc];
    const paragraph = document && paragraphOf(document, x.para);
    if (!paragraph) problem(`no paragraph "${x.para}" in ${x.doc}`);
    else if (!paragraph.text.includes(x.text)) problem(`text not found verbatim in ${x.doc} ${x.para}`);
  }

  return problems;
}
