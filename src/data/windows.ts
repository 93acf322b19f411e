// What the time window shows, worked out once per list (or place) and window and then read, so a
// panel re-rendered on a year change does no scan. Windows that show the same items share one
// result: from 2002 to 2003 "said by" nothing enters, so both years read the same arrays, and a
// component given the same array can skip its diff.
import { figuresFor, initiativesAt, relatedPlaces, routesThrough, visibleIn, yearOf, type Entity } from './queries';
import type { TimeMode } from './time';
import type { Place } from './types';

/** The items of a list inside the time window, in the list's order, and how many lie after it. */
export interface Split<T> {
  shown: T[];
  hidden: number;
}

interface Windows<R> {
  /** Per reading, the distinct years at which one of the items enters the window, ascending. */
  entrances: Record<TimeMode, number[]>;
  results: Map<string, R>;
}

const distinctYears = (entities: readonly Entity[], mode: TimeMode) => [...new Set(entities.map((e) => yearOf(e, mode)))].sort((a, b) => a - b);

/**
 * `compute()` for `owner`'s window, once per group of windows that show the same `entities`
 * (`entities` and `compute` must depend on `owner` alone, and `owner` must not change).
 */
function perWindow<R>(store: WeakMap<object, Windows<R>>, owner: object, entities: () => readonly Entity[], year: number, mode: TimeMode, compute: () => R): R {
  let windows = store.get(owner);
  if (!windows) {
    const all = entities();
    windows = { entrances: { reported: distinctYears(all, 'reported'), happened: distinctYears(all, 'happened') }, results: new Map() };
    store.set(owner, windows);
  }
  const entered = windows.entrances[mode].filter((y) => y <= year).length;
  const key = `${mode}:${entered}`;
  let result = windows.results.get(key);
  if (result === undefined) {
    result = compute();
    windows.results.set(key, result);
  }
  return result;
}

const splits = new WeakMap<object, Windows<Split<unknown>>>();

/**
 * `items` split by the window ending in `year`, read `mode`. Memoised by the array itself: pass
 * the fact base's own lists (`figuresFor(id)`, `facts.places`), which never change.
 */
export function splitByWindow<T>(items: readonly T[], entity: (item: T) => Entity, year: number, mode: TimeMode): Split<T> {
  return perWindow(
    splits,
    items,
    () => items.map(entity),
    year,
    mode,
    () => {
      const shown = items.filter((item) => visibleIn(entity(item), year, mode));
      return { shown, hidden: items.length - shown.length };
    },
  ) as Split<T>;
}

const related = new WeakMap<object, Windows<Split<Place>>>();
const asPlace = (item: Place): Entity => ({ kind: 'place', item });

/** `relatedPlaces` of a place in the window, split like a list: what links it and what it links to, once per window. */
export function relatedPlacesIn(place: Place, year: number, mode: TimeMode): Split<Place> {
  const links = (): Entity[] => [
    ...routesThrough(place.id).map((item): Entity => ({ kind: 'route', item })),
    ...initiativesAt(place.id).map((item): Entity => ({ kind: 'initiative', item })),
    ...figuresFor(place.id).map((item): Entity => ({ kind: 'figure', item })),
    ...relatedPlaces(place.id).map(asPlace),
  ];
  return perWindow(related, place, links, year, mode, () => {
    const counted = relatedPlaces(place.id, (entity) => visibleIn(entity, year, mode));
    const shown = counted.filter((p) => visibleIn(asPlace(p), year, mode));
    return { shown, hidden: counted.length - shown.length };
  });
}
