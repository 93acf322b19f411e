import { describe, expect, it } from 'vitest';
import { compareValues, nextSort, sortRows } from './sort';

describe('compareValues', () => {
  it('compares numbers numerically and strings naturally, ignoring case and accents', () => {
    expect(compareValues(9, 10)).toBeLessThan(0);
    expect(compareValues('Unit 2', 'Unit 10')).toBeLessThan(0);
    expect(compareValues('türkiye', 'Turkiye')).toBe(0);
  });

  it('puts blanks after everything', () => {
    expect(compareValues(null, 'a')).toBeGreaterThan(0);
    expect(compareValues('a', undefined)).toBeLessThan(0);
    expect(compareValues('', null)).toBe(0);
  });
});

describe('sortRows', () => {
  const rows = [
    { name: 'Kosovo', year: 2000 },
    { name: 'Albania', year: null },
    { name: 'bosnia', year: 2002 },
    { name: 'Moldova', year: 2000 },
  ];

  it('sorts ascending and descending without touching the input', () => {
    const copy = [...rows];
    expect(sortRows(rows, (r) => r.name, 'ascending').map((r) => r.name)).toEqual(['Albania', 'bosnia', 'Kosovo', 'Moldova']);
    expect(sortRows(rows, (r) => r.name, 'descending').map((r) => r.name)).toEqual(['Moldova', 'Kosovo', 'bosnia', 'Albania']);
    expect(rows).toEqual(copy);
  });

  it('keeps blanks last in both directions and ties in their original order', () => {
    expect(sortRows(rows, (r) => r.year, 'ascending').map((r) => r.name)).toEqual(['Kosovo', 'Moldova', 'bosnia', 'Albania']);
    expect(sortRows(rows, (r) => r.year, 'descending').map((r) => r.name)).toEqual(['bosnia', 'Kosovo', 'Moldova', 'Albania']);
  });
});

describe('nextSort', () => {
  it('flips the current column and starts a new one ascending', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'kind')).toEqual({ column: 'kind', direction: 'ascending' });
  });
});
