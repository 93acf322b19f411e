import { facts } from './factBase';
import type { ClaimYears, TimeMode } from './time';
import { yearsOf, type Dated } from './years';
import type { Citation, Figure, Initiative, Place, Route } from './types';

/** Any item of the fact base, tagged with its collection. */
export type Entity = Dated;

/** Built once: every lookup below is a map read, whatever the size of the fact base. */
const byId = new Map<string, Entity>();
for (const item of facts.places) byId.set(item.id, { kind: 'place', item });
for (const item of facts.initiatives) byId.set(item.id, { kind: 'initiative', item });
for (const item of facts.figures) byId.set(item.id, { kind: 'figure', item });
for (const item of facts.routes) byId.set(item.id, { kind: 'route', item });

const figuresByPlace = new Map<string, Figure[]>();
const figuresByInitiative = new Map<string, Figure[]>();
const initiativesByPlace = new Map<string, Initiative[]>();
const routesByPlace = new Map<string, Route[]>();
const push = <T>(index: Map<string, T[]>, key: string, value: T) => {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
};
for (const f of facts.figures) {
  for (const p of f.places) push(figuresByPlace, p, f);
  if (f.initiative) push(figuresByInitiative, f.initiative, f);
}
for (const i of facts.initiatives) for (const p of i.places) push(initiativesByPlace, p, i);
for (const r of facts.routes) for (const p of r.path) push(routesByPlace, p, r);
const placesIn = new Map<string, Place[]>();
for (const p of facts.places) if (p.country) push(placesIn, p.country, p);
/** One empty list for every miss, so a list's identity says which list it is (./windows memoises by it). */
const NONE = Object.freeze([]) as never[];

/** Any fact-base item by its id: `entityById('XK')`, `entityById('tpiu')`. */
export function entityById(id: string): Entity | undefined {
  return byId.get(id);
}

export function placeById(id: string): Place | undefined {
  const entity = byId.get(id);
  return entity?.kind === 'place' ? entity.item : undefined;
}

const initiativePlaces = new Map(facts.initiatives.map((i) => [i.id, i.places.map(placeById).filter((p): p is Place => p !== undefined)]));

/** An initiative's places that the fact base knows, in its order. */
export function placesOfInitiative(initiativeId: string): Place[] {
  return initiativePlaces.get(initiativeId) ?? NONE;
}

/** Figures about a place, in the order the fact base gives them. */
export function figuresFor(placeId: string): Figure[] {
  return figuresByPlace.get(placeId) ?? NONE;
}

export function figuresOf(initiativeId: string): Figure[] {
  return figuresByInitiative.get(initiativeId) ?? NONE;
}

/** Initiatives and organisations active at a place. */
export function initiativesAt(placeId: string): Initiative[] {
  return initiativesByPlace.get(placeId) ?? NONE;
}

export function routesThrough(placeId: string): Route[] {
  return routesByPlace.get(placeId) ?? NONE;
}

const yearsIndex = new Map<string, ClaimYears>();
for (const [id, entity] of byId) yearsIndex.set(id, yearsOf(entity));

/** The year from which an item counts for the time control in `mode`. */
export function yearOf(entity: Entity, mode: TimeMode): number {
  return (yearsIndex.get(entity.item.id) ?? yearsOf(entity))[mode];
}

/** Whether an item counts by the end of `year` in `mode`. */
export function visibleIn(entity: Entity, year: number, mode: TimeMode): boolean {
  return yearOf(entity, mode) <= year;
}

/** The places an item is about: a place itself, an initiative's or figure's places, a route's path. */
export function placesOf(entity: Entity): string[] {
  switch (entity.kind) {
    case 'place':
      return [entity.item.id];
    case 'initiative':
      return entity.item.places;
    case 'figure':
      return entity.item.places;
    case 'route':
      return entity.item.path;
  }
}

/**
 * Places linked to a place through an initiative, a figure or a route that `counts` (the time
 * window), nearest ties first, and places that lie in it or that it lies in.
 */
export function relatedPlaces(placeId: string, counts: (entity: Entity) => boolean = () => true): Place[] {
  const related = new Set<string>();
  for (const item of routesThrough(placeId)) if (counts({ kind: 'route', item })) item.path.forEach((p) => related.add(p));
  for (const item of initiativesAt(placeId)) if (counts({ kind: 'initiative', item })) item.places.forEach((p) => related.add(p));
  for (const item of figuresFor(placeId)) if (counts({ kind: 'figure', item })) item.places.forEach((p) => related.add(p));
  const place = placeById(placeId);
  if (place?.country) related.add(place.country);
  for (const p of placesIn.get(placeId) ?? []) related.add(p.id);
  related.delete(placeId);
  return [...related].map(placeById).filter((p): p is Place => p !== undefined);
}

/** Every citation an item carries. */
export function citationsOf(entity: Entity): Citation[] {
  switch (entity.kind) {
    case 'place':
      return [...entity.item.roles.map((r) => r.cite), ...entity.item.cites];
    case 'initiative':
      return entity.item.cites;
    case 'figure':
      return [entity.item.cite];
    case 'route':
      return [entity.item.cite];
  }
}

const citingIndex = new Map<string, Entity[]>();
for (const entity of byId.values()) {
  for (const c of citationsOf(entity)) {
    const key = `${c.doc}#${c.para}`;
    const list = citingIndex.get(key) ?? [];
    if (!list.includes(entity)) list.push(entity);
    citingIndex.set(key, list);
  }
}

/** Items that cite a paragraph, for the source reader. */
export function entitiesCiting(doc: string, para: string): Entity[] {
  return citingIndex.get(`${doc}#${para}`) ?? NONE;
}

/** Human name of any item, for lists and headings. */
export function nameOf(entity: Entity): string {
  switch (entity.kind) {
    case 'place':
      return entity.item.name;
    case 'initiative':
      return entity.item.acronym ? `${entity.item.name} (${entity.item.acronym})` : entity.item.name;
    case 'figure':
      return `${entity.item.display} ${entity.item.counts}`;
    case 'route':
      return entity.item.label;
  }
}
