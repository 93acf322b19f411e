import type { Role } from '../data/types';
import type { Theme } from '../map/theme';

const ROLES: readonly Role[] = ['source', 'transit', 'destination'];

/**
 * The roles a country is drawn with, from its feature's properties (geo/countries.geojson).
 * The one place the SVG maps decide this: swap it when roles change shape.
 */
export function countryRoles(properties: GeoJSON.GeoJsonProperties): Role[] {
  return ROLES.filter((r) => properties?.[r] === true);
}

/**
 * A country's fill: several roles are banded (pattern `${prefix}-bands-${id}`), one role is its
 * colour (its texture is drawn over it), none is land, a shade apart when the sources mention it.
 */
export function countryFill(id: string, roles: readonly Role[], mentioned: boolean, prefix: string, t: Theme): string {
  const [first] = roles;
  if (roles.length > 1) return `url(#${prefix}-bands-${id})`;
  if (first) return t.roles[first];
  return mentioned ? t.landMentioned : t.land;
}
