import { Button } from './button';

export interface PaginationProps {
  /** Zero-based index of the first item shown (JMAP `position`). */
  position: number;
  /** Page size (JMAP `limit`). */
  limit: number;
  /** Total from `calculateTotal`; undefined when the server did not say. */
  total: number | undefined;
  /** Items on the current page, for when the total is unknown. */
  count: number;
  onChange: (position: number) => void;
  label?: string;
}

export function Pagination({ position, limit, total, count, onChange, label = 'Pagination' }: PaginationProps) {
  const first = count === 0 ? 0 : position + 1;
  const last = position + count;
  const hasNext = total === undefined ? count === limit : last < total;
  const status = total === undefined ? `${first}–${last}` : `${first}–${last} of ${total}`;
  return (
    <nav className="pagination" aria-label={label}>
      <Button size="small" disabled={position === 0} onClick={() => onChange(Math.max(0, position - limit))}>
        Previous page
      </Button>
      <span className="pagination__status" aria-live="polite">
        {status}
      </span>
      <Button size="small" disabled={!hasNext} onClick={() => onChange(position + limit)}>
        Next page
      </Button>
    </nav>
  );
}
