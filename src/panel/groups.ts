import type { Entity } from '../data/queries';
import { visibleIn } from '../data/queries';
import type { TimeMode } from '../data/time';
import type { Figure, Place } from '../data/types';
import { PLACE_KIND_IDS, PLACE_KINDS } from '../data/vocab';

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

/** Splits items into those inside the time window and a count of those after it. */
export function inWindow<T>(items: T[], entity: (item: T) => Entity, year: number, time: TimeMode): { shown: T[]; hidden: number } {
  const shown = items.filter((item) => visibleIn(entity(item), year, time));
  return { shown, hidden: items.length - shown.length };
}

/** When a figure applies and when it was stated, without saying "stated" twice. */
export function whenOf(figure: Figure): string {
  return /\bstated\b/i.test(figure.period) ? figure.period : `${figure.period} · stated in ${figure.stated}`;
}
