import { describe, expect, it } from 'vitest';
import type { Figure, Place } from '../data/types';
import { groupPlaces, inWindow, whenOf } from './groups';

const place = (id: string, kind: Place['kind'], name = id): Place => ({ id, kind, name, sourceName: name, precision: 'exact', roles: [], cites: [] });

describe('groupPlaces', () => {
  it('groups by kind in a fixed order, sorts by name, drops empty groups', () => {
    const groups = groupPlaces([place('b', 'airport', 'Sarajevo'), place('XK', 'country', 'Kosovo'), place('AL', 'country', 'Albania'), place('x', 'border', 'Blace')]);
    expect(groups.map((g) => [g.title, g.places.map((p) => p.name)])).toEqual([
      ['Countries', ['Albania', 'Kosovo']],
      ['Sites', ['Blace', 'Sarajevo']],
    ]);
  });
});

describe('inWindow', () => {
  // Figures of 2000 and 2003 stated in 2004, and one of 2002 stated in 2002.
  const figure = (year: number, doc: Figure['cite']['doc']) => ({ id: `f${year}`, year, cite: { doc, para: 'p1', quote: '' } }) as Figure;
  const figures = [figure(2000, 'fco-2004'), figure(2002, 'commons-2002'), figure(2003, 'fco-2004')];
  it('reads "happened by" from the figure\'s own year, and counts what it hides', () => {
    const { shown, hidden } = inWindow(figures, (item) => ({ kind: 'figure', item }), 2002, 'happened');
    expect(shown.map((f) => f.year)).toEqual([2000, 2002]);
    expect(hidden).toBe(1);
  });
  it('reads "said by" from the document that states the figure', () => {
    const { shown } = inWindow(figures, (item) => ({ kind: 'figure', item }), 2002, 'reported');
    expect(shown.map((f) => f.year)).toEqual([2002]);
  });
});

describe('whenOf', () => {
  it('adds the year of statement unless the period already gives it', () => {
    expect(whenOf({ period: 'in 2003', stated: 2004 } as Figure)).toBe('in 2003 · stated in 2004');
    expect(whenOf({ period: 'as stated in October 2004', stated: 2004 } as Figure)).toBe('as stated in October 2004');
  });
});
