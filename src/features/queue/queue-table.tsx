// The frame of the queue list shared by the paged and the scrolling views: caption, column
// headers (next retry sorts by due, the only order the server offers), and the rows given as children.

import type { ReactNode } from 'react';
import { SortableHeader } from '../../ui/sortable-header';
import type { SortDirection } from './queue-view';

export interface QueueTableProps {
  caption: string;
  sort: SortDirection;
  onSort: (direction: SortDirection) => void;
  /** Column count is one more when rows can be selected. */
  selectable: boolean;
  /** The header's selection control (e.g. "Select all messages on this page"), if any. */
  selectAll?: ReactNode;
  /** aria-rowcount when only part of the rows is in the DOM. */
  rowCount?: number;
  children: ReactNode;
}

export const QUEUE_COLUMNS = 5;

export function QueueTable({ caption, sort, onSort, selectable, selectAll, rowCount, children }: QueueTableProps) {
  return (
    <table className="queue-table" aria-rowcount={rowCount}>
      <caption>{caption}</caption>
      <colgroup>
        {selectable && <col className="queue-col-select" />}
        <col className="queue-col-sender" />
        <col className="queue-col-recipients" />
        <col className="queue-col-date" />
        <col className="queue-col-date" />
        <col className="queue-col-size" />
      </colgroup>
      <thead>
        <tr aria-rowindex={rowCount === undefined ? undefined : 1}>
          {selectable && (
            <th scope="col">{selectAll ?? <span className="visually-hidden">Selection</span>}</th>
          )}
          <th scope="col">Sender and subject</th>
          <th scope="col">Recipients, status and last reply</th>
          <SortableHeader label="Next retry" direction={sort} onSort={onSort} />
          <th scope="col">Received</th>
          <th scope="col">Size</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function sortCaption(sort: SortDirection): string {
  return sort === 'ascending' ? 'sorted by next retry, earliest first' : 'sorted by next retry, latest first';
}
