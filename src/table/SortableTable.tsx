import { useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { nextSort, sortRows, type SortState, type SortValue } from './sort';

export interface Column<T> {
  id: string;
  label: string;
  cell: (row: T) => ComponentChildren;
  /** Absent for columns that do not sort (the citation). */
  sortValue?: (row: T) => SortValue;
  /** The cell that names the row: rendered as a row header for screen readers. */
  rowHeader?: boolean;
}

interface Props<T> {
  id: string;
  caption: ComponentChildren;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  initialSort: SortState;
  empty: string;
}

/**
 * A data table sorted by buttons in its column headers (the APG sortable-table pattern):
 * the sorted header carries aria-sort, the others none.
 */
export function SortableTable<T>({ id, caption, columns, rows, rowKey, initialSort, empty }: Props<T>) {
  const [sort, setSort] = useState(initialSort);
  const sorted = useMemo(() => {
    const by = columns.find((c) => c.id === sort.column)?.sortValue;
    return by ? sortRows(rows, by, sort.direction) : rows;
  }, [rows, columns, sort]);

  return (
    // Wide tables scroll inside a focusable region, so keyboard users can scroll them too.
    <div class="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table class="data-table" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = sort.column === column.id;
              return (
                <th key={column.id} scope="col" aria-sort={sorted ? sort.direction : undefined}>
                  {column.sortValue ? (
                    <button type="button" class="data-table__sort" onClick={() => setSort(nextSort(sort, column.id))}>
                      {column.label}
                      <span aria-hidden="true" class="data-table__arrow">
                        {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={columns.length} class="data-table__empty">
                {empty}
              </td>
            </tr>
          )}
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.id} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
