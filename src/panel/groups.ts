import { facts } from '../data/factBase';
import type { TimeMode } from '../data/time';
import type { Figure, Place } from '../data/types';
import { PLACE_KIND_IDS, PLACE_KINDS } from '../data/vocab';
import { splitByWindow } from '../data/windows';
import { LIST_LIMIT } from './listLimit';

/** The overview's place list, in the order a reader meets them on the map (the vocabulary's order). */
const GROUP_TITLES = [...new Set(PLACE_KIND_IDS.map((kind) => PLACE_KINDS[kind].group))];

/** "task force" → "Task force", for kinds shown as labels. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Places by group, alphabetical within each; empty groups dropped. */
export function groupPlaces(places: Place[]): { title: string; places: Place[] }[] {
  return GROUP_TITLES.map((title) => ({
    title,
    places: places.filter((p) => PLACE_KINDS[p.kind].group === title).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  })).filter((group) => group.places.length > 0);
}

/**
 * One group of the overview's place list in the time window. `long`: the group has more places in
 * the whole fact base than a list shows at once, so it starts closed (decided on the whole base, so a
 * group does not close and open as the timeline moves).
 */
export type PlaceGroup = { title: string; places: Place[]; long: boolean };
/** The whole base's groups cut to the places the window shows, in the same order; groups left empty dropped. */
export function groupsInWindow(all: { title: string; places: Place[] }[], shown: ReadonlySet<Place>): PlaceGroup[] {
  return all
    .map(({ title, places }) => ({ title, places: places.filter((p) => shown.has(p)), long: places.length > LIST_LIMIT }))
    .filter((group) => group.places.length > 0);
}

let allGroups: ReturnType<typeof groupPlaces> | undefined;
const windowGroups = new WeakMap<object, { groups: PlaceGroup[]; hidden: number }>();

/** The overview's groups in the time window, and how many places lie after it: sorted once, filtered once per window. */
export function placeGroupsIn(year: number, mode: TimeMode): { groups: PlaceGroup[]; hidden: number } {
  const split = splitByWindow(facts.places, (item) => ({ kind: 'place', item }), year, mode);
  let result = windowGroups.get(split);
  if (!result) {
    allGroups ??= groupPlaces(facts.places);
    result = { groups: groupsInWindow(allGroups, new Set(split.shown)), hidden: split.hidden };
    windowGroups.set(split, result);
  }
  return result;
}

/** When a figure applies and when it was stated, without saying "stated" twice. */
export function whenOf(figure: Figure): string {
  return /\bstated\b/i.test(figure.period) ? figure.period : `${figure.period} · stated in ${figure.stated}`;
}
