import type { Place, Role, Route } from '../../src/data/types';
import placesJson from '../../src/data/facts/places.json';
import routesJson from '../../src/data/facts/routes.json';

export const places = placesJson as Place[];
export const routes = routesJson as Route[];

export const placeById = new Map(places.map((place) => [place.id, place]));

/** The distinct roles the fact base gives a place (a role may be claimed by several sentences). */
export function rolesOf(place: Place | undefined): Set<Role> {
  return new Set(place?.roles.map((claim) => claim.role));
}
