import { placeById, type Entity } from './queries';
import { rolesOf } from './roles';
import { SUBJECTS, type Subject } from './subjects';
import { claimYears, documentDateText, type TimeMode } from './time';
import type { Citation, Place, Role, Route } from './types';
import { PLACE_KINDS } from './vocab';

/** Why a mark is drawn: the claim in our words, what it is about, when it counts, and its sentence. */
export interface Reason {
  claim: string;
  subject?: Subject;
  /** "stated 6 October 2004 · “In the past five years”". */
  when: string;
  cite: Citation;
  /** What the sentence does not say, where drawing it could suggest more. */
  caveat?: string;
  roles?: Role[];
}

const when = (cite: Citation, period?: string) => `stated ${documentDateText(cite.doc)}${period ? ` · “${period}”` : ''}`;

const list = (words: string[]) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? ''));
const nameOf = (id: string) => placeById(id)?.name ?? id;
/** " country" in "transit country for …"; nothing for kinds whose roles read alone. */
const nounOf = (place: Place) => (PLACE_KINDS[place.kind].noun ? ` ${PLACE_KINDS[place.kind].noun}` : '');

/** The place's roles that count by the end of `year`, one reason per sentence (Kosovo's two roles share one). */
function roleReasons(place: Place, year: number, time: TimeMode): Reason[] {
  const reasons: Reason[] = [];
  for (const claim of place.roles) {
    if (claimYears([claim.cite])[time] > year) continue;
    const same = reasons.find((r) => r.cite.quote === claim.cite.quote && r.subject === claim.subject);
    if (same) {
      same.roles!.push(claim.role);
      continue;
    }
    reasons.push({
      claim: '',
      subject: claim.subject,
      roles: [claim.role],
      when: when(claim.cite, claim.period),
      cite: claim.cite,
      ...(claim.note ? { caveat: claim.note } : {}),
    });
  }
  const noun = nounOf(place);
  for (const r of reasons) r.claim = `${list(r.roles!)}${noun} for ${SUBJECTS[r.subject!].phrase}`.replace(/^./, (c) => c.toUpperCase());
  return reasons;
}

function routeReason(route: Route): Reason {
  const [from, to] = route.path.map(nameOf) as [string, string];
  const claim = {
    origin: `People trafficked from ${from} to ${to}`,
    entry: `A way into ${to}: from ${from}${route.weightWording ? ` (“${route.weightWording}”)` : ''}`,
    flow: `${SUBJECTS[route.subject].label}: from ${from} into ${to}`,
  }[route.kind];
  return { claim, subject: route.subject, when: when(route.cite, route.period), cite: route.cite, ...(route.caveat ? { caveat: route.caveat } : {}) };
}

/**
 * Why the map draws an item by the end of `year`: a country's shading by its roles, a route by
 * its sentence, a marker by the sentence that names the place.
 */
export function reasonsFor(entity: Entity, year: number, time: TimeMode): Reason[] {
  if (entity.kind === 'route') return [routeReason(entity.item)];
  if (entity.kind !== 'place') return [];
  const place = entity.item;
  const roles = roleReasons(place, year, time);
  if (roles.length > 0 || place.cites.length === 0) return roles;
  const cite = place.cites[0]!;
  const located = place.precision === 'exact' ? 'Named in the sources' : `Approximate: ${place.locationNote ?? 'the sources do not locate it'}`;
  return [{ claim: located, when: when(cite, place.date?.text), cite }];
}

/** "destination and transit country for human trafficking": every role the sources give the place, for labels. */
export function rolesSummary(place: Place): string | undefined {
  const bySubject = new Map<Subject, Role[]>();
  for (const { role, subject } of place.roles) bySubject.set(subject, [...new Set([...(bySubject.get(subject) ?? []), role])]);
  const noun = nounOf(place);
  const parts = [...bySubject].map(([subject, roles]) => `${list(roles)}${noun} for ${SUBJECTS[subject].phrase}`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** Whether any role of the place is hidden by the time window (for the panel's note). */
export function hiddenRoleCount(place: Place, year: number, time: TimeMode): number {
  return [...rolesOf(place).values()].filter((r) => r[time] > year).length;
}
