import { facts } from '../data/factBase';
import type { TimeMode } from '../data/time';
import type { Figure, Place } from '../data/types';
import { PLACE_KIND_IDS, PLACE_KINDS } from '../data/vocab';
import { splitByWindow } from '../data/windows';

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
