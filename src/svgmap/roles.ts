import type { TimeMode } from '../data/time';
import { ROLE_IDS as ROLES, type Role } from '../data/vocab';

/** What a country's shading says by the end of `year`, read from its layer properties as the live style reads them. */
export interface CountryShading {
  /** Trafficking roles that count by then, in the fill's order. */
  roles: Role[];
  /** Whether its only roles by then are about illegal immigration. */
  immigration: boolean;
}

export function shadingOf(properties: GeoJSON.GeoJsonProperties, year: number, time: TimeMode): CountryShading {
  const counts = (role: Role, subject: string) => properties?.[`${role}_subject`] === subject && Number(properties?.[`${role}_${time}`]) <= year;
  const roles = ROLES.filter((r) => counts(r, 'trafficking'));
  return { roles, immigration: roles.length === 0 && ROLES.some((r) => counts(r, 'immigration')) };
}
