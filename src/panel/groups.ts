import type { Entity } from '../data/queries';
import { visibleIn } from '../data/queries';
import type { TimeMode } from '../data/time';
import type { Figure, Place, PlaceKind } from '../data/types';

/** The overview's place list, in the order a reader meets them on the map. */
const PLACE_GROUPS: { title: string; kinds: PlaceKind[] }[] = [
  { title: 'Countries', kinds: ['country'] },
  { title: 'Regions', kinds: ['region'] },
  { title: 'Sites', kinds: ['city', 'airport', 'border'] },
  { title: 'Institutions', kinds: ['institution'] },
  { title: 'Postings', kinds: ['posting'] },
];

export const KIND_LABEL: Record<PlaceKind, string> = {
  country: 'Country', region: 'Region', city: 'City', airport: 'Airport',
  border: 'Boundary line', institution: 'Institution', posting: 'Posting',
};

/** "task force" → "Task force", for kinds shown as labels. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Places by group, alphabetical within each; empty groups dropped. */
export function groupPlaces(places: Place[]): { title: string; places: Place[] }[] {
  return PLACE_GROUPS.map(({ title, kinds }) => ({
    title,
    places: places.filter((p) => kinds.includes(p.kind)).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  })).filter((group) => group.places.length > 0);
}

/** Splits items into those inside the time window and a count of those after it. */
export function inWindow<T>(items: T[], entity: (item: T) => Entity, year: number, time: TimeMode): { shown: T[]; hidden: number } {
  const shown = items.filter((item) => visibleIn(entity(item), year, time));
  return { shown, hidden: items.length - shown.length };
}

/** When a figure applies and when it was stated, without saying "stated" twice. */
export function whenOf(figure: Figure): string {
  return /\bstated\b/i.test(figure.period) ? figure.period : `${figure.period} · stated in ${figure.stated}`;
}
