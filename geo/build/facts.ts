import { facts } from '../../src/data/factBase';
import type { Place, Role } from '../../src/data/types';

export const { places, routes } = facts;
export { placeById } from '../../src/data/queries';

/** The distinct roles the fact base gives a place (a role may be claimed by several sentences). */
export function rolesOf(place: Place | undefined): Set<Role> {
  return new Set(place?.roles.map((claim) => claim.role));
}
