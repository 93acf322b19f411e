import type { Subject } from './subjects';
import { claimYears, type ClaimYears } from './time';
import type { Place, Role } from './types';

export interface RoleReading extends ClaimYears {
  subject: Subject;
}

/** A place's roles with their subject and when each counts; a role several sentences give counts from the earliest. */
export function rolesOf(place: Place | undefined): Map<Role, RoleReading> {
  const roles = new Map<Role, RoleReading>();
  for (const claim of place?.roles ?? []) {
    const years = claimYears([claim.cite]);
    const known = roles.get(claim.role);
    if (!known || years.reported < known.reported) roles.set(claim.role, { subject: claim.subject, ...years });
  }
  return roles;
}
