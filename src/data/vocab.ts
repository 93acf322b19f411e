import meta from '../../seeds/documents.json' with { type: 'json' };

/**
 * The explorer's vocabulary, each declared once as data: the schema (./schema), the map style,
 * the legend, the panel and the exports read these tables, so a new role, kind, layer or
 * document is one entry here (or, for a document, in seeds/documents.json).
 */

/** `{ a: 'A' }` → `{ a: { label: 'A' } }`: a vocabulary whose entries carry only a label. */
const labelled = <const T extends Record<string, string>>(labels: T) =>
  Object.fromEntries(Object.entries(labels).map(([id, label]) => [id, { label }])) as { readonly [K in keyof T]: { readonly label: T[K] } };
/** A table's ids, in its order. */
const idsOf = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];

/** The roles the sources give a place, in the order the fill, the bands and the key list them. */
export const ROLES = {
  source: { label: 'Source', legend: 'Source of trafficking', wording: /\bsource\b|\bfrom\b/ },
  transit: { label: 'Transit', legend: 'Transit for trafficking', wording: /\btransit\b|\bthrough\b/ },
  destination: { label: 'Destination', legend: 'Destination of trafficking', wording: /\bdestination\b|\binto\b/ },
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_IDS = idsOf(ROLES);
/** The legend's entry for a place with more than one role. */
export const SEVERAL_ROLES = 'Several roles (striped)';

/** Map layers a reader can switch on and off from the legend, in the legend's order. */
export const LAYERS = labelled({
  countries: 'Countries by role',
  routes: 'Routes',
  borders: 'Borders and crossings',
  sites: 'Airports and cities',
  institutions: 'Institutions',
  postings: 'Liaison postings',
});
export type LayerId = keyof typeof LAYERS;
export const LAYER_IDS = idsOf(LAYERS);

export interface PlaceKindInfo {
  /** The panel's kicker: "Airport". */
  label: string;
  /** The word after its roles, "transit country for …"; none where the roles read alone. */
  noun?: string;
  /** The legend switch that shows it. */
  layer: LayerId;
  /** The overview list it is grouped under. */
  group: string;
  /** Its entry in the print map's key, for kinds drawn as markers. */
  key?: string;
  /** Whether it needs a marker position: always, only when the sources locate it finer than a country or region, or never. */
  point: 'always' | 'when located' | 'never';
}

const KIND_TABLE = {
  country: { label: 'Country', noun: 'country', layer: 'countries', group: 'Countries', point: 'never' },
  region: { label: 'Region', noun: 'region', layer: 'countries', group: 'Regions', key: 'Region: location approximate', point: 'always' },
  city: { label: 'City', layer: 'sites', group: 'Sites', key: 'City named in the sources', point: 'always' },
  airport: { label: 'Airport', layer: 'sites', group: 'Sites', key: 'Airport', point: 'always' },
  border: { label: 'Boundary line', layer: 'borders', group: 'Sites', point: 'never' },
  institution: { label: 'Institution', layer: 'institutions', group: 'Institutions', key: 'Institution', point: 'when located' },
  posting: { label: 'Posting', layer: 'postings', group: 'Postings', key: 'Liaison officers: area only', point: 'always' },
} as const satisfies Record<string, PlaceKindInfo>;
export type PlaceKind = keyof typeof KIND_TABLE;
/** Place kinds in the order the overview lists their groups. */
export const PLACE_KINDS: Record<PlaceKind, PlaceKindInfo> = KIND_TABLE;
export const PLACE_KIND_IDS = idsOf(PLACE_KINDS);
/** `kindsShownBy('sites')` → ["city", "airport"]: the kinds a legend switch shows. */
export const kindsShownBy = (layer: LayerId) => PLACE_KIND_IDS.filter((k) => PLACE_KINDS[k].layer === layer);

/** The four kinds of item the fact base holds, as the search and the reader name them. */
export const ITEMS = labelled({ place: 'Place', initiative: 'Initiative', figure: 'Figure', route: 'Route' });
export type ItemKind = keyof typeof ITEMS;

/** How well the sources pin a place down: `exact` for a named site, down to `region` where they name none. */
export const PRECISIONS = ['exact', 'city', 'country', 'region'] as const;
export const INITIATIVE_KINDS = ['task force', 'unit', 'project', 'organisation', 'convention', 'policy', 'plan', 'funding', 'report'] as const;
export const UNITS = [
  'GBP',
  'people',
  'officers',
  'staff',
  'operations',
  'establishments',
  'organisations',
  'names',
  'percent',
  'states',
  'instruments',
  'victims',
] as const;
/**
 * What a route claims: `origin` — people are moved from here to there, the path not given;
 * `entry` — the way into a place; `flow` — a movement between regions. `label` is the panel's kicker.
 */
export const ROUTE_KINDS = labelled({ origin: 'Where people are trafficked from', entry: 'Way in', flow: 'Movement' });
export type RouteKind = keyof typeof ROUTE_KINDS;
export const ROUTE_KIND_IDS = idsOf(ROUTE_KINDS);
/** How strongly the sentence weighs a route against its siblings: "primarily" against "as well as". */
export const ROUTE_WEIGHTS = ['primary', 'secondary'] as const;
export const EXCLUSION_KINDS = ['numeral', 'foreign passage', 'page furniture'] as const;
/** What a block of a seed text is: only `text` and `question` may be cited. */
export const PARAGRAPH_KINDS = ['heading', 'question', 'text', 'foreign', 'furniture'] as const;

/** The source documents: seeds/documents.json, one entry per text file in seeds/. */
export const DOCUMENTS = meta.documents;
export type DocumentId = keyof typeof DOCUMENTS;
export const DOCUMENT_IDS = idsOf(DOCUMENTS);
export const isDocumentId = (doc: string): doc is DocumentId => Object.hasOwn(DOCUMENTS, doc);
/** The document the reader opens when none (or an unknown one) is asked for. */
export const DEFAULT_DOCUMENT: DocumentId = isDocumentId(meta.defaultDocument) ? meta.defaultDocument : DOCUMENT_IDS[0]!;
export const LICENCE = meta.licence;

/** "2002-07-08" → 2002. */
export const yearOfDate = (date: string) => Number(date.slice(0, 4));
/** The years the documents were laid, earliest first. */
export const DOCUMENT_YEARS = [...new Set(DOCUMENT_IDS.map((id) => yearOfDate(DOCUMENTS[id].date)))].sort((a, b) => a - b);
/** The time window opens in 2000, the earliest year the documents date anything to (Reflex, the TPIU). */
export const FIRST_YEAR = 2000;
/** …and closes with the latest document. */
export const LAST_YEAR = DOCUMENT_YEARS.at(-1)!;
/** "2000–2004", for titles. */
export const YEAR_SPAN = `${FIRST_YEAR}–${LAST_YEAR}`;

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "two": a count as prose writes it. */
export const countWord = (count: number) => COUNT_WORDS[count] ?? String(count);
/** "two UK parliamentary records": how ledes and titles count the sources, so a third document updates them. */
export const recordsPhrase = (count: number) => `${countWord(count)} UK parliamentary ${count === 1 ? 'record' : 'records'}`;
export const RECORDS = recordsPhrase(DOCUMENT_IDS.length);
