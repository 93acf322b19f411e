import { facts } from '../data/factBase';
import type { TimeMode } from '../data/time';
import type { Figure, Place, PlaceKind } from '../data/types';
import { splitByWindow } from '../data/windows';

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

type PlaceGroup = { title: string; places: Place[] };
let allGroups: PlaceGroup[] | undefined;
const windowGroups = new WeakMap<object, { groups: PlaceGroup[]; hidden: number }>();

/** The overview's groups in the time window, and how many places lie after it: sorted once, filtered once per window. */
export function placeGroupsIn(year: number, mode: TimeMode): { groups: PlaceGroup[]; hidden: number } {
  const split = splitByWindow(facts.places, (item) => ({ kind: 'place', item }), year, mode);
  let result = windowGroups.get(split);
  if (!result) {
    const shown = new Set(split.shown);
    allGroups ??= groupPlaces(facts.places);
    const groups = allGroups.map(({ title, places }) => ({ title, places: places.filter((p) => shown.has(p)) })).filter((g) => g.places.length > 0);
    result = { groups, hidden: split.hidden };
    windowGroups.set(split, result);
  }
  return result;
}

/** When a figure applies and when it was stated, without saying "stated" twice. */
export function whenOf(figure: Figure): string {
  return /\bstated\b/i.test(figure.period) ? figure.period : `${figure.period} · stated in ${figure.stated}`;
}
