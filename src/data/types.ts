/** The schema of the cited fact base. Every fact carries at least one Citation. */

import type { Subject } from './subjects.ts';

export type DocumentId = 'commons-2002' | 'fco-2004';

/** A verbatim quote located by document and paragraph. */
export interface Citation {
  doc: DocumentId;
  para: string;
  quote: string;
}

export type Role = 'source' | 'transit' | 'destination';

/**
 * One role of a place: a claim that "this place had this role", backed by the sentence that gives
 * it, about what that sentence is about (trafficking is not illegal immigration).
 */
export interface RoleClaim {
  role: Role;
  subject: Subject;
  /** Narrows the role where the source does, e.g. "for illegal migrants". */
  note?: string;
  /** The sentence's own wording of the period, e.g. "In the past five years"; not a start date. */
  period?: string;
  cite: Citation;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'airport' | 'border' | 'institution' | 'posting';

/** How well the sources pin a place down: `exact` for a named site, down to `region` where they name none. */
export type Precision = 'exact' | 'city' | 'country' | 'region';

export interface Place {
  id: string;
  kind: PlaceKind;
  /** The name as the source writes it (misspellings kept). */
  sourceName: string;
  /** Today's name. */
  name: string;
  /** Period context, e.g. "Serbia and Montenegro (2003–2006)". */
  context?: string;
  /** Country the place lies in (ISO alpha-2), for non-country places. */
  country?: string;
  /** Marker position for non-country places; countries are drawn from their polygons. */
  lngLat?: [number, number];
  precision: Precision;
  /** Why the location is approximate, in our words; required when precision is not exact. */
  locationNote?: string;
  roles: RoleClaim[];
  /** Sentences that name or clearly refer to the place. */
  cites: Citation[];
  /** When the sources date the place itself (a summit, say); absent means it is dated by its documents. */
  date?: SourceDate;
}

export type InitiativeKind = 'task force' | 'unit' | 'project' | 'organisation' | 'convention' | 'policy' | 'plan' | 'funding' | 'report';

/** A date as precise as the source allows. */
export interface SourceDate {
  year: number;
  month?: number;
  day?: number;
  /** The source's own wording, e.g. "At the beginning of 2002". */
  text: string;
}

export interface Initiative {
  id: string;
  name: string;
  acronym?: string;
  kind: InitiativeKind;
  /** One sentence in our own words. */
  summary: string;
  /** Who leads it, as the source says. */
  lead?: string;
  partners?: string[];
  started?: SourceDate;
  /** For what the source says will happen ("will promote … in the second half of this year"): not started. */
  planned?: SourceDate;
  places: string[];
  cites: Citation[];
}

export type DocumentYear = 2002 | 2004;

export interface Figure {
  id: string;
  value: number;
  /** The source's wording of the number, e.g. "2,047", "£200,000", "over twenty". */
  display: string;
  unit: 'GBP' | 'people' | 'officers' | 'staff' | 'operations' | 'establishments' | 'organisations' | 'names' | 'percent' | 'states' | 'instruments' | 'victims';
  /** What it counts, in our words, to follow the display value: "raids, operations and bar checks". */
  counts: string;
  /** The period or date the figure refers to, in the source's terms. */
  period: string;
  /** Year the figure refers to, for the timeline. */
  year: number;
  /** Year of the document that states it. */
  stated: DocumentYear;
  places: string[];
  initiative?: string;
  /** Marks a lower bound ("over twenty", "more than half a million pounds"). */
  atLeast?: boolean;
  cite: Citation;
}

/**
 * What a route claims: `origin` — people are moved from here to there, the path not given;
 * `entry` — the way into a place; `flow` — a movement between regions.
 */
export type RouteKind = 'origin' | 'entry' | 'flow';

/** How strongly the sentence weighs a route against its siblings: "primarily" against "as well as". */
export type RouteWeight = 'primary' | 'secondary';

export interface Route {
  id: string;
  label: string;
  kind: RouteKind;
  subject: Subject;
  /** The two places the sentence names: from, then to. The sources name no place in between. */
  path: [string, string];
  weight?: RouteWeight;
  /** The source's wording that gives the weight ("primarily", "as well as"); must be in the quote. */
  weightWording?: string;
  /** What the sentence does not say, for the panel and tooltip. */
  caveat?: string;
  /** The sentence's own wording of the period, e.g. "In the past five years". */
  period?: string;
  cite: Citation;
}

/** Text in the seeds that the fact base leaves out, with the reason. */
export interface Exclusion {
  doc: DocumentId;
  para: string;
  /** Verbatim text excluded. */
  text: string;
  kind: 'numeral' | 'foreign passage' | 'page furniture';
  reason: string;
}

export interface FactBase {
  places: Place[];
  initiatives: Initiative[];
  figures: Figure[];
  routes: Route[];
  exclusions: Exclusion[];
}
