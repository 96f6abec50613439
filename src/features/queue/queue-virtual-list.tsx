// Every matching message in one scrolling list, for large queues: fixed-height rows, only the
// visible ones plus an overscan in the DOM (TanStack Virtual), fetched in windows by position (one
// /query + /get request per window, never more ids than maxObjectsInGet). Windows out of view are
// dropped from the cache after a few seconds so memory stays flat however far one scrolls.

import { useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading } from '../../ui/spinner';
import { windowsFor } from './fetch-windows';
import { queueRangeOptions, type QueueDeps } from './queue-queries';
import { QUEUE_CARD_HEIGHT, QUEUE_ROW_HEIGHT, QueueRow } from './queue-row';
import { QUEUE_COLUMNS, QueueTable, sortCaption } from './queue-table';
import { toQueryFilter, toQuerySort, type QueueFilters, type SortDirection } from './queue-view';
import type { QueueSelectionApi } from './use-queue-selection';
import { useNarrowScreen } from './use-narrow-screen';
import { useQueueTotal } from './use-queue-total';
import { useRowsTop } from './use-rows-top';
import { useThrottledValue } from './use-throttled-value';

const WINDOW_ROWS = 100;
const OVERSCAN = 3;
const WINDOW_GC_MS = 5_000;
const FETCH_THROTTLE_MS = 120;

export interface QueueVirtualListProps {
  deps: QueueDeps;
  filters: QueueFilters;
  sort: SortDirection;
  refetchInterval: number | false;
  selectable: boolean;
  selection: QueueSelectionApi;
  onSort: (direction: SortDirection) => void;
  /** Where to scroll the list once it first has rows (coming back from a message). */
  initialScrollTop?: number | undefined;
}

export function QueueVirtualList(props: QueueVirtualListProps) {
  const { deps, filters, sort, selectable, selection } = props;
  const filter = useMemo(() => toQueryFilter(filters), [filters]);
  const querySort = useMemo(() => toQuerySort(sort), [sort]);
  const windowSize = Math.max(1, Math.min(WINDOW_ROWS, deps.maxObjectsInGet));
  const scrollRef = useRef<HTMLDivElement>(null);
  // The list's size is the newest answer's total (the queue moves while one scrolls).
  const total = useQueueTotal(deps.accountId, filters, sort);
  const rowsTop = useRowsTop(scrollRef, total !== undefined && total > 0);
  const rowHeight = useNarrowScreen() ? QUEUE_CARD_HEIGHT : QUEUE_ROW_HEIGHT;

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    scrollMargin: rowsTop,
  });
  // Rows are never measured, so a new row height (cards on a narrow screen) needs a new layout.
  const laidOutHeight = useRef(rowHeight);
  useLayoutEffect(() => {
    if (laidOutHeight.current === rowHeight) return;
    laidOutHeight.current = rowHeight;
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  const { initialScrollTop } = props;
  const scrolledInitially = useRef(false);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (scrolledInitially.current || !el || total === undefined) return;
    scrolledInitially.current = true;
    if (initialScrollTop) el.scrollTop = initialScrollTop;
  }, [initialScrollTop, total]);

  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = (items.at(-1)?.index ?? -1) + 1;
  const shown = total === undefined ? [0] : windowsFor(start, end, windowSize);
  const throttledKey = useThrottledValue(shown.join(','), FETCH_THROTTLE_MS);
  const fetchable = new Set(throttledKey.split(',').filter(Boolean).map(Number));
  // The head window stays observed (not refreshed) while out of view, so the list keeps its size
  // even when every window on screen is still loading or has failed.
  const observed = shown.includes(0) ? shown : [...shown, 0];
  const results = useQueries({
    queries: observed.map((w) => ({
      ...queueRangeOptions(deps, { filter, sort: querySort, position: w * windowSize, limit: windowSize }),
      enabled: w === 0 || fetchable.has(w),
      refetchInterval: shown.includes(w) ? props.refetchInterval : false,
      gcTime: WINDOW_GC_MS,
    })),
  });

  const failed = results.find((r) => r.isError);
  if (total === undefined) {
    if (failed) return <ErrorBanner title="Could not load the queue" error={failed.error} />;
    return <Loading label="Loading queued messages…" />;
  }
  if (total === 0) return <EmptyState message="No queued messages match." />;

  const columns = QUEUE_COLUMNS + (selectable ? 1 : 0);
  const padTop = start * rowHeight;
  const padBottom = Math.max(0, total - Math.max(end, start)) * rowHeight;
  const rows = items.map(({ index }) => {
    const w = Math.floor(index / windowSize);
    const item = results[observed.indexOf(w)]?.data?.items[index - w * windowSize];
    return item ? (
      <QueueRow
        key={item.id}
        item={item}
        filters={filters}
        rowIndex={index + 2}
        selectable={selectable}
        selected={selection.isSelected(item.id)}
        locked={selection.selection.mode === 'matching'}
        onToggle={selection.toggle}
      />
    ) : (
      <tr key={`pending-${index}`} className="queue-row" aria-rowindex={index + 2}>
        <td colSpan={columns} className="queue-muted">
          {`Loading message ${(index + 1).toLocaleString('en-US')}…`}
        </td>
      </tr>
    );
  });

  return (
    <>
      {failed && <ErrorBanner title="Part of the list could not be loaded" error={failed.error} />}
      <div ref={scrollRef} className="queue-scroll" tabIndex={0} role="region" aria-label="Queued messages, scrolling list">
        <QueueTable
          caption={`All ${total.toLocaleString('en-US')} queued messages, ${sortCaption(sort)}`}
          sort={sort}
          onSort={props.onSort}
          selectable={selectable}
          rowCount={total + 1}
        >
          {padTop > 0 && <Spacer columns={columns} height={padTop} />}
          {rows}
          {padBottom > 0 && <Spacer columns={columns} height={padBottom} />}
        </QueueTable>
      </div>
    </>
  );
}

function Spacer({ columns, height }: { columns: number; height: number }) {
  return (
    <tr className="queue-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
