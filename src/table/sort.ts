/** What a column sorts by; null and undefined (an unknown lead, no start date) always sort last. */
export type SortValue = string | number | null | undefined;
export type Direction = 'ascending' | 'descending';

export interface SortState {
  column: string;
  direction: Direction;
}

/** Numeric-aware, so "Unit 2" sorts before "Unit 10"; case and accents ignored, as a reader expects. */
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Compares two sort values ascending, numbers before strings, blanks last. */
export function compareValues(a: SortValue, b: SortValue): number {
  const blankA = a === null || a === undefined || a === '';
  const blankB = b === null || b === undefined || b === '';
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(a as string, b as string);
}

/**
 * A sorted copy of `rows`; ties keep their original order, and blanks stay last in either direction.
 * Example: `sortRows(places, (p) => p.name, 'descending')`.
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, direction: Direction): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const blankA = a.key === null || a.key === undefined || a.key === '';
      const blankB = b.key === null || b.key === undefined || b.key === '';
      const order = blankA || blankB ? compareValues(a.key, b.key) : sign * compareValues(a.key, b.key);
      return order || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** The sort after activating a column's header: the same column flips, a new one starts ascending. */
export function nextSort(current: SortState, column: string): SortState {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
