// Every matching message in one scrolling list, for large queues: fixed-height rows, only the
// visible ones plus an overscan in the DOM, fetched in windows by position (one /query + /get
// request per window, never more ids than maxObjectsInGet). Windows out of view are dropped
// from the cache after a few seconds so memory stays flat however far one scrolls.

import { useQueries } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading } from '../../ui/spinner';
import { queueRangeOptions, type QueueDeps } from './queue-queries';
import { QUEUE_CARD_HEIGHT, QUEUE_ROW_HEIGHT, QueueRow } from './queue-row';
import { QUEUE_COLUMNS, QueueTable, sortCaption } from './queue-table';
import { toQueryFilter, toQuerySort, type QueueFilters, type SortDirection } from './queue-view';
import type { QueueSelectionApi } from './use-queue-selection';
import { useNarrowScreen } from './use-narrow-screen';
import { useThrottledValue } from './use-throttled-value';
import { visibleRange, windowsFor } from './virtual-range';

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
  onTotal: (total: number | undefined) => void;
  /** Where to scroll the list once it first has rows (coming back from a message). */
  initialScrollTop?: number | undefined;
}

interface Geometry {
  scrollTop: number;
  clientHeight: number;
  /** Height of the caption above the sticky header (it scrolls away). */
  captionHeight: number;
  headerHeight: number;
}

export function QueueVirtualList(props: QueueVirtualListProps) {
  const { deps, filters, sort, selectable, selection, onTotal } = props;
  const filter = useMemo(() => toQueryFilter(filters), [filters]);
  const querySort = useMemo(() => toQuerySort(sort), [sort]);
  const windowSize = Math.max(1, Math.min(WINDOW_ROWS, deps.maxObjectsInGet));
  const scrollRef = useRef<HTMLDivElement>(null);
  const frame = useRef(0);
  const [geometry, setGeometry] = useState<Geometry>({ scrollTop: 0, clientHeight: 600, captionHeight: 0, headerHeight: 44 });
  const [total, setTotal] = useState<number | undefined>(undefined);

  const measure = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const table = el.querySelector('table');
    const caption = table?.querySelector('caption');
    const head = table?.querySelector('thead');
    const next: Geometry = {
      scrollTop: el.scrollTop,
      clientHeight: el.clientHeight,
      captionHeight: caption?.getBoundingClientRect().height ?? 0,
      headerHeight: head?.getBoundingClientRect().height ?? 44,
    };
    setGeometry((g) =>
      g.scrollTop === next.scrollTop &&
      g.clientHeight === next.clientHeight &&
      g.captionHeight === next.captionHeight &&
      g.headerHeight === next.headerHeight
        ? g
        : next,
    );
  }, []);

  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      measure();
    });
  }, [measure]);

  useLayoutEffect(() => {
    measure();
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [measure, total === undefined]);

  const { initialScrollTop } = props;
  const scrolledInitially = useRef(false);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (scrolledInitially.current || !el || total === undefined) return;
    scrolledInitially.current = true;
    if (initialScrollTop) {
      el.scrollTop = initialScrollTop;
      measure();
    }
  }, [initialScrollTop, total, measure]);

  const rowHeight = useNarrowScreen() ? QUEUE_CARD_HEIGHT : QUEUE_ROW_HEIGHT;
  const range = visibleRange({
    total: total ?? 0,
    rowHeight,
    scrollTop: Math.max(0, geometry.scrollTop - geometry.captionHeight),
    viewportHeight: Math.max(rowHeight, geometry.clientHeight - geometry.headerHeight),
    overscan: OVERSCAN,
  });

  const shown = total === undefined ? [0] : windowsFor(range.start, range.end, windowSize);
  const throttledKey = useThrottledValue(shown.join(','), FETCH_THROTTLE_MS);
  const fetchable = new Set(throttledKey.split(',').filter(Boolean).map(Number));
  const results = useQueries({
    queries: shown.map((w) => ({
      ...queueRangeOptions(deps, { filter, sort: querySort, position: w * windowSize, limit: windowSize }),
      enabled: fetchable.has(w),
      refetchInterval: props.refetchInterval,
      gcTime: WINDOW_GC_MS,
    })),
  });

  // The newest answer's total sizes the list (the queue moves while one scrolls).
  let latestTotal: number | undefined;
  let latestAt = -1;
  for (const result of results) {
    if (result.data?.total !== undefined && result.dataUpdatedAt > latestAt) {
      latestAt = result.dataUpdatedAt;
      latestTotal = result.data.total;
    }
  }
  useEffect(() => {
    if (latestTotal !== undefined) setTotal(latestTotal);
  }, [latestTotal]);
  useEffect(() => onTotal(total), [onTotal, total]);

  const failed = results.find((r) => r.isError);
  if (total === undefined) {
    if (failed) return <ErrorBanner title="Could not load the queue" error={failed.error} />;
    return <Loading label="Loading queued messages…" />;
  }
  if (total === 0) return <EmptyState message="No queued messages match." />;

  const columns = QUEUE_COLUMNS + (selectable ? 1 : 0);
  const rows = [];
  for (let i = range.start; i < range.end; i++) {
    const w = Math.floor(i / windowSize);
    const item = results[shown.indexOf(w)]?.data?.items[i - w * windowSize];
    rows.push(
      item ? (
        <QueueRow
          key={item.id}
          item={item}
          filters={filters}
          rowIndex={i + 2}
          selectable={selectable}
          selected={selection.isSelected(item.id)}
          locked={selection.selection.mode === 'matching'}
          onToggle={selection.toggle}
        />
      ) : (
        <tr key={`pending-${i}`} className="queue-row" aria-rowindex={i + 2}>
          <td colSpan={columns} className="queue-muted">
            {`Loading message ${(i + 1).toLocaleString('en-US')}…`}
          </td>
        </tr>
      ),
    );
  }

  return (
    <>
      {failed && <ErrorBanner title="Part of the list could not be loaded" error={failed.error} />}
      <div
        ref={scrollRef}
        className="queue-scroll"
        onScroll={onScroll}
        tabIndex={0}
        role="region"
        aria-label="Queued messages, scrolling list"
      >
        <QueueTable
          caption={`All ${total.toLocaleString('en-US')} queued messages, ${sortCaption(sort)}`}
          sort={sort}
          onSort={props.onSort}
          selectable={selectable}
          rowCount={total + 1}
        >
          {range.padTop > 0 && (
            <tr className="queue-spacer" aria-hidden="true">
              <td colSpan={columns} style={{ height: range.padTop }} />
            </tr>
          )}
          {rows}
          {range.padBottom > 0 && (
            <tr className="queue-spacer" aria-hidden="true">
              <td colSpan={columns} style={{ height: range.padBottom }} />
            </tr>
          )}
        </QueueTable>
      </div>
    </>
  );
}
