import * as v from 'valibot';
import { SUBJECT_IDS } from './subjects.ts';
import {
  EXCLUSION_KINDS,
  INITIATIVE_KINDS,
  PARAGRAPH_KINDS,
  PLACE_KIND_IDS,
  PRECISIONS,
  ROLE_IDS,
  ROUTE_KIND_IDS,
  ROUTE_WEIGHTS,
  UNITS,
  type DocumentId,
} from './vocab.ts';

/**
 * The shape of the cited fact base, written once: ./types infers the types from it and
 * ./validate checks the files against it before its own checks of quotes, wording and ids.
 * Each message is the problem in words that finish "<file>: <item> <id>: <where>: …", the
 * field it is about named by the message (./validate prefixes the path to its object).
 * Only the build and the tests run it; the app imports its types, so valibot adds no bytes.
 */

export const text = (message: string) => v.pipe(v.string(message), v.nonEmpty(message));
export const oneOf = <const T extends readonly string[]>(options: T, what: string) =>
  v.picklist(options, (issue) => `unknown ${what} "${String(issue.input)}"`);
export const optional = v.exactOptional;
export const ids = (message: string) => v.array(text('expected an id'), message);
/** The message a schema gives its own input; a missing field gets the one its schema would give. */
const messageOf = (schema: v.GenericSchema, issue: v.BaseIssue<unknown>) => {
  const message = (schema as { message?: v.ErrorMessage<v.BaseIssue<unknown>> }).message;
  return typeof message === 'function' ? message(issue) : message;
};
/** An object whose missing fields are reported in their own words ("missing citation"), not valibot's. */
export const record = <const E extends v.ObjectEntries>(entries: E, message = 'expected an object') =>
  v.object(entries, (issue) => {
    const step = issue.path?.at(-1);
    const field = step?.origin === 'key' ? entries[String(step.key)] : undefined;
    return (field && messageOf(field, { ...issue, path: undefined })) ?? message;
  });

/** A verbatim quote located by document and paragraph; ./validate checks the document has both. */
export const CitationSchema = record(
  {
    doc: v.custom<DocumentId>((doc) => typeof doc === 'string', 'needs the document id'),
    para: text('needs a paragraph id'),
    quote: text('empty quote'),
  },
  'missing citation',
);
const citations = v.array(CitationSchema, 'expected a list of citations');

/** A date as precise as the source allows. */
export const SourceDateSchema = record({
  year: v.number('needs a year and the source wording'),
  month: optional(v.number()),
  day: optional(v.number()),
  /** The source's own wording, e.g. "At the beginning of 2002". */
  text: text('needs a year and the source wording'),
});

/**
 * One role of a place: a claim that "this place had this role", backed by the sentence that gives
 * it, about what that sentence is about (trafficking is not illegal immigration).
 */
export const RoleClaimSchema = record({
  role: oneOf(ROLE_IDS, 'role'),
  subject: v.picklist(SUBJECT_IDS, (issue) => `unknown subject "${String(issue.input)}" (one of ${SUBJECT_IDS.join(', ')})`),
  /** Narrows the role where the source does, e.g. "for illegal migrants". */
  note: optional(v.string()),
  /** The sentence's own wording of the period, e.g. "In the past five years"; not a start date. */
  period: optional(v.string()),
  cite: CitationSchema,
});

export const PlaceSchema = record({
  id: text('missing id'),
  kind: oneOf(PLACE_KIND_IDS, 'kind'),
  /** The name as the source writes it (misspellings kept). */
  sourceName: text('needs name and sourceName'),
  /** Today's name. */
  name: text('needs name and sourceName'),
  /** Period context, e.g. "Serbia and Montenegro (2003–2006)". */
  context: optional(v.string()),
  /** Country the place lies in (ISO alpha-2), for non-country places. */
  country: optional(v.string()),
  /** Marker position for non-country places; countries are drawn from their polygons. */
  lngLat: optional(v.tuple([v.number(), v.number()], 'needs lngLat [lng, lat]')),
  precision: oneOf(PRECISIONS, 'precision'),
  /** Why the location is approximate, in our words; required when precision is not exact. */
  locationNote: optional(v.string()),
  roles: v.array(RoleClaimSchema, 'roles must be a list'),
  /** Sentences that name or clearly refer to the place. */
  cites: citations,
  /** When the sources date the place itself (a summit, say); absent means it is dated by its documents. */
  date: optional(SourceDateSchema),
});

export const InitiativeSchema = record({
  id: text('missing id'),
  name: text('needs name and summary'),
  acronym: optional(v.string()),
  kind: oneOf(INITIATIVE_KINDS, 'kind'),
  /** One sentence in our own words. */
  summary: text('needs name and summary'),
  /** Who leads it, as the source says. */
  lead: optional(v.string()),
  partners: optional(v.array(v.string())),
  started: optional(SourceDateSchema),
  /** For what the source says will happen ("will promote … in the second half of this year"): not started. */
  planned: optional(SourceDateSchema),
  places: ids('places must be a list of ids'),
  cites: v.pipe(citations, v.minLength(1, 'needs at least one citation')),
});

export const FigureSchema = record({
  id: text('missing id'),
  value: v.number('needs value, display and counts'),
  /** The source's wording of the number, e.g. "2,047", "£200,000", "over twenty". */
  display: text('needs value, display and counts'),
  unit: oneOf(UNITS, 'unit'),
  /** What it counts, in our words, to follow the display value: "raids, operations and bar checks". */
  counts: text('needs value, display and counts'),
  /** The period or date the figure refers to, in the source's terms. */
  period: v.string('needs the period it refers to'),
  /** Year the figure refers to, for the timeline. */
  year: v.number('needs year and stated'),
  /** Year of the document that states it. */
  stated: v.number('needs year and stated'),
  places: ids('places must be a list of ids'),
  initiative: optional(v.string()),
  /** Marks a lower bound ("over twenty", "more than half a million pounds"). */
  atLeast: optional(v.boolean()),
  cite: CitationSchema,
});

export const RouteSchema = record({
  id: text('missing id'),
  label: text('needs a label'),
  kind: oneOf(ROUTE_KIND_IDS, 'kind'),
  subject: RoleClaimSchema.entries.subject,
  /** The two places the sentence names: from, then to. The sources name no place in between (./claim-rules checks it). */
  path: v.pipe(
    ids('path must be a list of place ids'),
    v.transform((path) => path as [string, string]),
  ),
  weight: optional(oneOf(ROUTE_WEIGHTS, 'weight')),
  /** The source's wording that gives the weight ("primarily", "as well as"); must be in the quote. */
  weightWording: optional(v.string()),
  /** What the sentence does not say, for the panel and tooltip. */
  caveat: optional(v.string()),
  /** The sentence's own wording of the period, e.g. "In the past five years". */
  period: optional(v.string()),
  cite: CitationSchema,
});

/** Text in the seeds that the fact base leaves out, with the reason. */
export const ExclusionSchema = record({
  doc: CitationSchema.entries.doc,
  para: text('needs a paragraph id'),
  /** Verbatim text excluded. */
  text: text('needs the excluded text'),
  kind: oneOf(EXCLUSION_KINDS, 'kind'),
  reason: text('needs a reason'),
});

/** A source document's entry in seeds/documents.json; its text is seeds/<file>, one block per paragraph. */
export const DocumentMetaSchema = record({
  file: text('needs the name of its text file in seeds/'),
  title: text('needs a title'),
  type: text('needs a type'),
  reference: text('needs a reference'),
  date: v.pipe(v.string('needs a date'), v.isoDate('needs a date as YYYY-MM-DD')),
  /** "8 July 2002", as the document writes it. */
  dateText: text('needs dateText'),
  askedBy: text('needs askedBy'),
  answeredBy: text('needs answeredBy'),
  /** The reader's tab: "2004 FCO evidence". */
  label: text('needs a label'),
  /** What the reader calls it in a sentence: "evidence". */
  noun: text('needs a noun'),
  /** The embed's credit line, shorter than the reference. */
  shortCredit: text('needs a shortCredit'),
  /** For a document without printed numbers, what its paragraphs `a1`, `a2`… are counted in: "answer, paragraph 4". */
  countedIn: optional(v.string()),
  paragraphs: v.array(
    record({ id: text('needs an id'), kind: oneOf(PARAGRAPH_KINDS, 'paragraph kind') }),
    'needs its paragraphs, one id and kind per block of its text',
  ),
  /** The text file's SHA-256, checked by seeds/seeds.test.ts. */
  sha256: optional(v.string()),
});

/** Each collection's file holds a list of these. */
export const COLLECTION_SCHEMAS = {
  places: PlaceSchema,
  initiatives: InitiativeSchema,
  figures: FigureSchema,
  routes: RouteSchema,
  exclusions: ExclusionSchema,
} as const;
