// The panel's time-window index at the bench's scale: on the 100× fact base, every list split by
// the index is what a scan of it gives, for any windows asked in any order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleIn, type Entity } from '../../src/data/queries';
import { TIME_MODE_IDS } from '../../src/data/time';
import type { Figure, Place } from '../../src/data/types';
import { splitByWindow } from '../../src/data/windows';
import { SYNTHETIC, syntheticFactBase } from './synthetic';

describe('the time-window index on the 100× fact base', () => {
  const facts = syntheticFactBase();
  const byPlace = new Map<string, Figure[]>();
  for (const f of facts.figures) for (const p of f.places) byPlace.set(p, [...(byPlace.get(p) ?? []), f]);
  const asFigure = (item: Figure): Entity => ({ kind: 'figure', item });
  const asPlace = (item: Place): Entity => ({ kind: 'place', item });

  it('gives what the scan gives for the place list and every place’s figures', () => {
    expect(facts.places.length).toBeGreaterThan(SYNTHETIC.places);
    const windows = fc.array(fc.tuple(fc.integer({ min: 1999, max: 2005 }), fc.constantFrom(...TIME_MODE_IDS)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(windows, (asked) => {
        for (const [year, mode] of asked) {
          const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).join();
          const places = splitByWindow(facts.places, asPlace, year, mode);
          expect(ids(places.shown)).toBe(ids(facts.places.filter((p) => visibleIn(asPlace(p), year, mode))));
          const differing = [...byPlace].filter(([, figures]) => {
            const shown = figures.filter((f) => visibleIn(asFigure(f), year, mode));
            const split = splitByWindow(figures, asFigure, year, mode);
            return ids(split.shown) !== ids(shown) || split.hidden !== figures.length - shown.length;
          });
          expect(differing.map(([place]) => place)).toEqual([]);
        }
      }),
      { numRuns: 4 },
    );
  });
});
