import { futureProblems, overlapsExcluded, routeProblems, subjectProblems, wordingProblems } from './claim-rules.ts';
import { paragraphOf, type SourceDocument } from './documents.ts';
import { documentYear } from './time.ts';
import type { Citation, DocumentId, Exclusion, FactBase, Place, Route, SourceDate } from './types.ts';
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
  places: 'place', initiatives: 'initiative', figures: 'figure', routes: 'route', exclusions: 'exclusion',
};

type Raw = Record<string, unknown>;
type Check = (item: Raw, problem: (text: string) => void) => void;

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const ROLES = ['source', 'transit', 'destination'];
const PRECISIONS = ['exact', 'city', 'country', 'region'];
const INITIATIVE_KINDS = ['task force', 'unit', 'project', 'organisation', 'convention', 'policy', 'plan', 'funding', 'report'];
const UNITS = ['GBP', 'people', 'officers', 'staff', 'operations', 'establishments', 'organisations', 'names', 'percent', 'states', 'instruments', 'victims'];
/** How the sources word each role: "source countries" or "trafficked from", "transit" or "through", "destination" or "into". */
const ROLE_WORDING: Record<string, RegExp> = { source: /\bsource\b|\bfrom\b/, transit: /\btransit\b|\bthrough\b/, destination: /\bdestination\b|\binto\b/ };
const ROUTE_KINDS = ['origin', 'entry', 'flow'];
const PLACE_KINDS = ['country', 'region', 'city', 'airport', 'border', 'institution', 'posting'];

/**
 * Checks the raw fact base against the schema and the seeds.
 * Returns one message per problem, each naming the file, the id and the problem.
 */
export function factBaseProblems(
  raw: Record<Collection, unknown>,
  documents: Record<DocumentId, SourceDocument>,
  files: Record<Collection, string> = FACT_FILES,
): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Collection>();
  const items: Partial<Record<Collection, Raw[]>> = {};

  const each = (collection: Collection, check: Check) => {
    for (const [index, item] of (items[collection] ?? []).entries()) {
      const label = isString(item.id) ? `"${item.id}"` : `#${index + 1}`;
      check(item, (text) => problems.push(`${files[collection]}: ${ITEM_NAME[collection]} ${label}: ${text}`));
    }
  };

  for (const collection of Object.keys(files) as Collection[]) {
    const list = raw[collection];
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'object' && x !== null)) {
      problems.push(`${files[collection]}: expected an array of objects`);
      continue;
    }
    items[collection] = list as Raw[];
  }

  const citation = (value: unknown, where: string, problem: (t: string) => void): value is Citation => {
    if (typeof value !== 'object' || value === null) return problem(`${where}: missing citation`), false;
    const { doc, para, quote } = value as Raw;
    const document = documents[doc as DocumentId];
    if (!document) return problem(`${where}: unknown document "${String(doc)}"`), false;
    const paragraph = isString(para) ? paragraphOf(document, para) : undefined;
    if (!paragraph) return problem(`${where}: no paragraph "${String(para)}" in ${String(doc)}`), false;
    if (!isString(quote)) return problem(`${where}: empty quote`), false;
    if (paragraph.kind === 'foreign' || paragraph.kind === 'furniture') problem(`${where}: cites ${paragraph.kind} paragraph ${para}`);
    if (!paragraph.text.includes(quote)) problem(`${where}: quote not found verbatim in ${String(doc)} ${para}: "${quote}"`);
    const excluded = overlapsExcluded(value as Citation, paragraph.text, (items.exclusions ?? []) as unknown as Exclusion[]);
    if (excluded) problem(`${where}: quote overlaps the excluded ${excluded.kind} "${excluded.text.slice(0, 40).trimEnd()}…" in ${String(doc)} ${para}`);
    return true;
  };
  const cited = (list: unknown): Citation[] =>
    Array.isArray(list) ? (list as Raw[]).filter((c) => typeof c?.quote === 'string' && Object.hasOwn(documents, String(c.doc))) as unknown as Citation[] : [];
  /** A date a claim gives itself must be worded in its sentence, and not fall after the document that states it. */
  const dated = (date: unknown, cites: Citation[], what: string, problem: (t: string) => void, planned = false) => {
    if (date === undefined) return;
    const d = date as Partial<SourceDate>;
    if (typeof d.year !== 'number' || !isString(d.text)) return problem(`${what} needs a year and the source wording`);
    wordingProblems(d.text, cites, `${what} wording`).forEach(problem);
    const stated = Math.min(...cites.map((c) => documentYear(c.doc)));
    if (!planned && d.year > stated) problem(`${what} ${d.year} is after the ${stated} document that states it`);
  };

  for (const collection of ['places', 'initiatives', 'figures', 'routes'] as const) {
    each(collection, (item, problem) => {
      if (!isString(item.id)) return problem('missing id');
      const earlier = ids.get(item.id);
      if (earlier) problem(`id already used in ${files[earlier]}`);
      ids.set(item.id, collection);
    });
  }
  const resolves = (id: unknown, kind: Collection, where: string, problem: (t: string) => void) => {
    if (!isString(id) || ids.get(id) !== kind) problem(`${where}: unknown ${ITEM_NAME[kind]} id "${String(id)}"`);
  };
  const citations = (list: unknown, where: string, problem: (t: string) => void) => {
    if (!Array.isArray(list)) return problem(`${where}: expected a list of citations`);
    list.forEach((c, i) => citation(c, `${where}[${i}]`, problem));
  };

  each('places', (p, problem) => {
    if (!isString(p.name) || !isString(p.sourceName)) problem('needs name and sourceName');
    if (!PLACE_KINDS.includes(p.kind as string)) problem(`unknown kind "${String(p.kind)}"`);
    if (!PRECISIONS.includes(p.precision as string)) problem(`unknown precision "${String(p.precision)}"`);
    if (p.kind === 'country' && !/^[A-Z]{2}$/.test(String(p.id))) problem('a country id must be ISO 3166-1 alpha-2');
    if (p.precision !== 'exact' && !isString(p.locationNote)) problem('an approximate place needs a locationNote saying why');
    // Named points need a marker; an institution the sources do not locate has none.
    const needsPoint = ['city', 'airport', 'region', 'posting'].includes(String(p.kind)) || (p.kind === 'institution' && p.precision !== 'country' && p.precision !== 'region');
    const point = p.lngLat;
    if (needsPoint && !(Array.isArray(point) && point.length === 2 && point.every((n) => typeof n === 'number'))) problem('needs lngLat [lng, lat]');
    if (p.country !== undefined) resolves(p.country, 'places', 'country', problem);
    if (p.precision === 'country' && p.lngLat !== undefined) problem('the sources place it only in its country: drop lngLat, the marker goes to the country');
    if (!Array.isArray(p.roles)) return problem('roles must be a list');
    (p.roles as Raw[]).forEach((claim, i) => {
      const where = `roles[${i}] (${String(claim.role)})`;
      if (!ROLES.includes(claim.role as string)) problem(`roles[${i}]: unknown role "${String(claim.role)}"`);
      if (!citation(claim.cite, where, problem)) return;
      const quote = claim.cite.quote;
      subjectProblems(claim.subject, quote, where).forEach(problem);
      if (!quote.includes(String(p.sourceName)) && !quote.includes(String(p.name))) problem(`${where}: its sentence does not name "${String(p.sourceName)}"`);
      if (ROLE_WORDING[String(claim.role)]?.test(quote) === false) problem(`${where}: its sentence does not give the place as a ${String(claim.role)}`);
      wordingProblems(claim.period as string | undefined, [claim.cite], `${where}: period`).forEach(problem);
    });
    citations(p.cites, 'cites', problem);
    dated(p.date, [...cited(p.cites), ...cited((p.roles as Raw[]).map((r) => r.cite))], 'date', problem);
  });

  each('initiatives', (it, problem) => {
    if (!isString(it.name) || !isString(it.summary)) problem('needs name and summary');
    if (!INITIATIVE_KINDS.includes(it.kind as string)) problem(`unknown kind "${String(it.kind)}"`);
    if (!isStringList(it.places)) problem('places must be a list of ids');
    else it.places.forEach((id) => resolves(id, 'places', 'places', problem));
    citations(it.cites, 'cites', problem);
    if (Array.isArray(it.cites) && it.cites.length === 0) return problem('needs at least one citation');
    const quotes = cited(it.cites);
    dated(it.started, quotes, 'started', problem);
    futureProblems((it.started as SourceDate | undefined)?.text, quotes).forEach(problem);
    dated(it.planned, quotes, 'planned', problem, true);
    if (it.started !== undefined && it.planned !== undefined) problem('cannot be both started and planned');
    // "Led by" is a claim too: the lead must be named as such in a sentence it cites.
    if (isString(it.lead) && !quotes.some((c) => c.quote.includes(String(it.lead).replace(/\s*\(.*\)$/, '')))) problem(`lead "${it.lead}" is not named in any of its quotes`);
  });

  each('figures', (f, problem) => {
    if (typeof f.value !== 'number' || !isString(f.display) || !isString(f.counts)) return problem('needs value, display and counts');
    if (!UNITS.includes(f.unit as string)) problem(`unknown unit "${String(f.unit)}"`);
    if (typeof f.year !== 'number' || (f.stated !== 2002 && f.stated !== 2004)) problem('needs year and stated (2002 or 2004)');
    if (numberFromWording(f.display) !== f.value) problem(`display "${f.display}" does not state the value ${f.value}`);
    if (citation(f.cite, 'cite', problem) && !f.cite.quote.includes(f.display)) problem(`value "${f.display}" not found in its quote`);
    const cite = f.cite as Citation | undefined;
    const docYear = cite && Object.hasOwn(documents, cite.doc) ? documentYear(cite.doc) : undefined;
    if (docYear !== f.stated) problem(`stated ${String(f.stated)} but cites a ${String(docYear)} document`);
    if (docYear !== undefined && typeof f.year === 'number' && f.year < docYear && !cite?.quote.includes(String(f.year))) {
      problem(`dated ${f.year}, before its ${docYear} document, but its sentence does not give that year`);
    }
    if (!isStringList(f.places)) problem('places must be a list of ids');
    else f.places.forEach((id) => resolves(id, 'places', 'places', problem));
    if (f.initiative !== undefined) resolves(f.initiative, 'initiatives', 'initiative', problem);
  });

  const placeById = (id: string) => (items.places ?? []).find((p) => p.id === id) as unknown as Place | undefined;
  each('routes', (r, problem) => {
    if (!isStringList(r.path)) return problem('path must be a list of place ids');
    r.path.forEach((id) => resolves(id, 'places', 'path', problem));
    if (!ROUTE_KINDS.includes(r.kind as string)) problem(`unknown kind "${String(r.kind)}"`);
    if (!citation(r.cite, 'cite', problem)) return;
    subjectProblems(r.subject, r.cite.quote, 'cite').forEach(problem);
    routeProblems(r as unknown as Route, placeById).forEach(problem);
  });

  each('exclusions', (x, problem) => {
    const document = documents[x.doc as DocumentId];
    const paragraph = document && isString(x.para) ? paragraphOf(document, x.para) : undefined;
    if (!paragraph) return problem(`no paragraph "${String(x.para)}" in ${String(x.doc)}`);
    if (!isString(x.text) || !paragraph.text.includes(x.text)) problem(`text not found verbatim in ${String(x.doc)} ${String(x.para)}`);
    if (!isString(x.reason)) problem('needs a reason');
  });

  return problems;
}
