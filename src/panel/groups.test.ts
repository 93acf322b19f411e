import { describe, expect, it } from 'vitest';
import type { Figure, Place, RoleClaim } from '../data/types';
import { groupPlaces, groupRoles, inWindow, whenOf } from './groups';

const cite = { doc: 'fco-2004', para: 'p9', quote: 'a major destination and transit country' } as const;
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

describe('groupRoles', () => {
  it('merges roles that one sentence gives, keeps differently noted ones apart', () => {
    const claims: RoleClaim[] = [
      { role: 'destination', cite },
      { role: 'transit', cite },
      { role: 'transit', note: 'for illegal migrants', cite },
    ];
    expect(groupRoles(claims)).toEqual([
      { roles: ['destination', 'transit'], cite },
      { roles: ['transit'], note: 'for illegal migrants', cite },
    ]);
  });
});

describe('inWindow', () => {
  it('counts the items dated after the window', () => {
    const figure = (year: number) => ({ year }) as Figure;
    const { shown, hidden } = inWindow([figure(2000), figure(2003), figure(2004)], (item) => ({ kind: 'figure', item }), 2003);
    expect(shown.map((f) => f.year)).toEqual([2000, 2003]);
    expect(hidden).toBe(1);
  });
});

describe('whenOf', () => {
  it('adds the year of statement unless the period already gives it', () => {
    expect(whenOf({ period: 'in 2003', stated: 2004 } as Figure)).toBe('in 2003 · stated in 2004');
    expect(whenOf({ period: 'as stated in October 2004', stated: 2004 } as Figure)).toBe('as stated in October 2004');
  });
});
