/**
 * The types of the cited fact base, inferred from its schema (./schema) so the two cannot drift.
 * Every fact carries at least one Citation.
 */
import type * as v from 'valibot';
import type { CitationSchema, ExclusionSchema, FigureSchema, InitiativeSchema, PlaceSchema, RoleClaimSchema, RouteSchema, SourceDateSchema } from './schema.ts';
import type { INITIATIVE_KINDS, PRECISIONS, ROUTE_WEIGHTS } from './vocab.ts';

export type { DocumentId, PlaceKind, Role, RouteKind } from './vocab.ts';

export type Citation = v.InferOutput<typeof CitationSchema>;
export type RoleClaim = v.InferOutput<typeof RoleClaimSchema>;
export type Precision = (typeof PRECISIONS)[number];
export type Place = v.InferOutput<typeof PlaceSchema>;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export type SourceDate = v.InferOutput<typeof SourceDateSchema>;
export type Initiative = v.InferOutput<typeof InitiativeSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type RouteWeight = (typeof ROUTE_WEIGHTS)[number];
export type Route = v.InferOutput<typeof RouteSchema>;
export type Exclusion = v.InferOutput<typeof ExclusionSchema>;

export interface FactBase {
  places: Place[];
  initiatives: Initiative[];
  figures: Figure[];
  routes: Route[];
  exclusions: Exclusion[];
}
