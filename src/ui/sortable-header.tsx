import type { ThHTMLAttributes } from 'react';

export type SortDirection = 'ascending' | 'descending';

export interface SortableHeaderProps extends Omit<ThHTMLAttributes<HTMLTableCellElement>, 'onChange'> {
  label: string;
  /** The direction when this column is the sort column, otherwise undefined. */
  direction: SortDirection | undefined;
  /** Called with the direction to switch to (a sorted column flips, another starts ascending). */
  onSort: (direction: SortDirection) => void;
}

/** A column header whose button sorts; aria-sort tells assistive technology the current order. */
export function SortableHeader({ label, direction, onSort, ...rest }: SortableHeaderProps) {
  const next: SortDirection = direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <th {...rest} scope="col" aria-sort={direction ?? 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true">{direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>
  );
}
