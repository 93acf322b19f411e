import { describe, expect, it } from 'vitest';
import type { Figure, Place } from '../data/types';
import { groupPlaces, whenOf } from './groups';

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

describe('whenOf', () => {
  it('adds the year of statement unless the period already gives it', () => {
    expect(whenOf({ period: 'in 2003', stated: 2004 } as Figure)).toBe('in 2003 · stated in 2004');
    expect(whenOf({ period: 'as stated in October 2004', stated: 2004 } as Figure)).toBe('as stated in October 2004');
  });
});
