import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure, Place } from '../data/types';
import { groupPlaces, groupsInWindow, whenOf } from './groups';
import { LIST_LIMIT } from './listLimit';

const place = (id: string, kind: Place['kind'], name = id): Place => ({ id, kind, name, sourceName: name, precision: 'exact', roles: [], cites: [] });

describe('groupPlaces', () => {
  it('groups by kind in a fixed order, sorts by name, drops empty groups', () => {
    const groups = groupPlaces([
      place('b', 'airport', 'Sarajevo'),
      place('XK', 'country', 'Kosovo'),
      place('AL', 'country', 'Albania'),
      place('x', 'border', 'Blace'),
    ]);
    expect(groups.map((g) => [g.title, g.places.map((p) => p.name)])).toEqual([
      ['Countries', ['Albania', 'Kosovo']],
      ['Sites', ['Blace', 'Sarajevo']],
    ]);
  });
});

describe('groupsInWindow', () => {
  const all = groupPlaces([
    ...Array.from({ length: LIST_LIMIT + 1 }, (_, i) => place(`city-${i}`, 'city')),
    ...Array.from({ length: LIST_LIMIT }, (_, i) => place(`posting-${i}`, 'posting')),
  ]);
  const places = all.flatMap((g) => g.places);

  it('keeps each group’s order and its length in the whole base, whatever the window shows', () => {
    fc.assert(
      fc.property(fc.subarray(places), (shown) => {
        const groups = groupsInWindow(all, new Set(shown));
        expect(groups.flatMap((g) => g.places)).toEqual(places.filter((p) => shown.includes(p)));
        expect(Object.fromEntries(groups.map((g) => [g.title, g.long]))).toEqual(
          Object.fromEntries(all.filter((g) => g.places.some((p) => shown.includes(p))).map((g) => [g.title, g.places.length > LIST_LIMIT])),
        );
      }),
    );
    expect(groupsInWindow(all, new Set(places)).map((g) => [g.title, g.long])).toEqual([
      ['Sites', true],
      ['Postings', false],
    ]);
  });
});

describe('whenOf', () => {
  it('adds the year of statement unless the period already gives it', () => {
    expect(whenOf({ period: 'in 2003', stated: 2004 } as Figure)).toBe('in 2003 · stated in 2004');
    expect(whenOf({ period: 'as stated in October 2004', stated: 2004 } as Figure)).toBe('as stated in October 2004');
  });
});
