// The queue list one page at a time (25, 50 or 100 rows): one /query + /get request per page.

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { Pagination } from '../../ui/pagination';
import { Loading } from '../../ui/spinner';
import { queueRangeOptions, type QueueDeps } from './queue-queries';
import { QueueRow } from './queue-row';
import { QueueTable, sortCaption } from './queue-table';
import { toQueryFilter, toQuerySort, type PageSize, type QueueFilters, type SortDirection } from './queue-view';
import type { QueueSelectionApi } from './use-queue-selection';

export interface QueuePagedListProps {
  deps: QueueDeps;
  filters: QueueFilters;
  sort: SortDirection;
  pageSize: PageSize;
  page: number;
  refetchInterval: number | false;
  selectable: boolean;
  selection: QueueSelectionApi;
  onSort: (direction: SortDirection) => void;
  onPage: (page: number) => void;
}

export function QueuePagedList(props: QueuePagedListProps) {
  const { deps, filters, sort, pageSize, page, selectable, selection } = props;
  const query = useQuery({
    ...queueRangeOptions(deps, {
      filter: toQueryFilter(filters),
      sort: toQuerySort(sort),
      position: (page - 1) * pageSize,
      limit: pageSize,
    }),
    placeholderData: keepPreviousData,
    refetchInterval: props.refetchInterval,
  });
  const total = query.data?.total;

  const selectAllRef = useRef<HTMLInputElement>(null);
  const items = query.data?.items ?? [];
  const selectedOnPage = items.filter((item) => selection.isSelected(item.id)).length;
  const allSelected = items.length > 0 && selectedOnPage === items.length;
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = selectedOnPage > 0 && !allSelected;
  }, [selectedOnPage, allSelected]);

  if (query.isPending) return <Loading label="Loading queued messages…" />;
  if (query.isError && !query.data) {
    return (
      <ErrorBanner
        title="Could not load the queue"
        error={query.error}
        action={<Button size="small" onClick={() => void query.refetch()}>Try again</Button>}
      />
    );
  }
  if (items.length === 0) {
    return page > 1 && (total ?? 0) > 0 ? (
      <EmptyState message="This page is past the end of the list." action={<Button onClick={() => props.onPage(1)}>Go to the first page</Button>} />
    ) : (
      <EmptyState message="No queued messages match." />
    );
  }

  return (
    <>
      {query.isError && <ErrorBanner title="Refreshing the queue failed" error={query.error} />}
      <QueueTable
        caption={`Queued messages, page ${page}, ${sortCaption(sort)}`}
        sort={sort}
        onSort={props.onSort}
        selectable={selectable}
        rowCount={total === undefined ? undefined : total + 1}
        selectAll={
          selectable && selection.selection.mode === 'rows' ? (
            <input
              ref={selectAllRef}
              type="checkbox"
              checked={allSelected}
              onChange={(event) => selection.setRows(items, event.target.checked)}
              aria-label="Select all messages on this page"
            />
          ) : undefined
        }
      >
        {items.map((item, index) => (
          <QueueRow
            key={item.id}
            item={item}
            filters={filters}
            rowIndex={(page - 1) * pageSize + index + 2}
            selectable={selectable}
            selected={selection.isSelected(item.id)}
            locked={selection.selection.mode === 'matching'}
            onToggle={selection.toggle}
          />
        ))}
      </QueueTable>
      <Pagination
        position={(page - 1) * pageSize}
        limit={pageSize}
        total={total}
        count={items.length}
        onChange={(position) => props.onPage(Math.floor(position / pageSize) + 1)}
        label="Queue pages"
      />
    </>
  );
}
