import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facts } from './factBase';
import { figuresFor, placesOfInitiative, relatedPlaces, visibleIn, type Entity } from './queries';
import { TIME_MODE_IDS, type TimeMode } from './time';
import type { Figure, Place } from './types';
import { relatedPlacesIn, splitByWindow } from './windows';

const asFigure = (item: Figure): Entity => ({ kind: 'figure', item });
const asPlace = (item: Place): Entity => ({ kind: 'place', item });
/** The scan the index replaces. */
const naive = <T>(items: readonly T[], entity: (item: T) => Entity, year: number, mode: TimeMode) => {
  const shown = items.filter((item) => visibleIn(entity(item), year, mode));
  return { shown, hidden: items.length - shown.length };
};
const years = fc.oneof(fc.integer({ min: 1995, max: 2010 }), fc.constantFrom(-Infinity, Infinity));
const modes = fc.constantFrom(...TIME_MODE_IDS);
/** Windows in any order, so a result memoised for one window is read back for others. */
const windows = fc.array(fc.tuple(years, modes), { minLength: 1, maxLength: 8 });

describe('splitByWindow', () => {
  // Figures of 2000 and 2003 stated in 2004, and one of 2002 stated in 2002.
  const figure = (year: number, doc: Figure['cite']['doc']) => ({ id: `f${year}`, year, cite: { doc, para: 'p1', quote: '' } }) as Figure;
  const figures = [figure(2000, 'fco-2004'), figure(2002, 'commons-2002'), figure(2003, 'fco-2004')];
  it('reads "happened by" from the figure\'s own year, and counts what it hides', () => {
    const { shown, hidden } = splitByWindow(figures, asFigure, 2002, 'happened');
    expect(shown.map((f) => f.year)).toEqual([2000, 2002]);
    expect(hidden).toBe(1);
  });
  it('reads "said by" from the document that states the figure', () => {
    expect(splitByWindow(figures, asFigure, 2002, 'reported').shown.map((f) => f.year)).toEqual([2002]);
  });
  it('gives windows that show the same items the same arrays, and others their own', () => {
    // Said by: the figures enter in 2002 and 2004, so 2002 and 2003 show the same.
    expect(splitByWindow(figures, asFigure, 2003, 'reported')).toBe(splitByWindow(figures, asFigure, 2002, 'reported'));
    expect(splitByWindow(figures, asFigure, 2004, 'reported')).not.toBe(splitByWindow(figures, asFigure, 2003, 'reported'));
  });
  it('gives exactly what the scan gives, for every list of the fact base and any windows', () => {
    const placeLists = [facts.places, ...facts.initiatives.map((i) => placesOfInitiative(i.id))];
    const figureLists = facts.places.map((p) => figuresFor(p.id));
    fc.assert(
      fc.property(windows, (asked) => {
        for (const [year, mode] of asked) {
          for (const items of placeLists) expect(splitByWindow(items, asPlace, year, mode)).toEqual(naive(items, asPlace, year, mode));
          for (const items of figureLists) expect(splitByWindow(items, asFigure, year, mode)).toEqual(naive(items, asFigure, year, mode));
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('relatedPlacesIn', () => {
  it('gives exactly what relatedPlaces filtered by the window gives, for every place and any windows', () => {
    fc.assert(
      fc.property(windows, (asked) => {
        for (const [year, mode] of asked) {
          for (const place of facts.places) {
            const scanned = naive(
              relatedPlaces(place.id, (e) => visibleIn(e, year, mode)),
              asPlace,
              year,
              mode,
            );
            expect(relatedPlacesIn(place, year, mode)).toEqual(scanned);
          }
        }
      }),
      { numRuns: 15 },
    );
  });
});
