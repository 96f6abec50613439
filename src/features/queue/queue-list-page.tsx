// Management › Emails › Queued: the outbound queue, filtered and sorted through the URL, paged or
// as one scrolling list, with bulk actions and the queue's paused/running state.

import { useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useCan, useConnection } from '../../session/connection-context';
import { PageHeader } from '../../ui/page-header';
import { countOf } from './format-count';
import { localZoneLabel } from './format-date';
import { QueueBulkBar } from './queue-bulk-bar';
import { QueueFilterForm } from './queue-filter-form';
import { QueuePagedList } from './queue-paged-list';
import { QueueProcessingControl } from './queue-processing-control';
import type { QueueDeps } from './queue-queries';
import { QueueVirtualList } from './queue-virtual-list';
import { rememberQueueView, takeRestorableScroll, type QueueReturn } from './queue-return';
import { PAGE_SIZES, parseQueueView, queueViewToSearch, type QueueSearch, type QueueView, type RowsChoice } from './queue-view';
import { useQueueSelection } from './use-queue-selection';
import { useQueueTotal } from './use-queue-total';
import './queue.css';

const REFRESH_MS = 10_000;

export default function QueueListPage() {
  const { client, accountId, session } = useConnection();
  const canUpdate = useCan('sysQueuedMessageUpdate');
  const canDestroy = useCan('sysQueuedMessageDestroy');
  const selectable = canUpdate || canDestroy;
  const params: QueueSearch = useSearch({ from: '/management/queue' });
  const search: string = useLocation({ select: (location) => location.searchStr });
  const navigate = useNavigate();
  const view = useMemo(() => parseQueueView(params), [params]);
  // Coming back from a message: the same scroll position, once the rows are there.
  const [restore] = useState<QueueReturn | undefined>(() => takeRestorableScroll(search));
  const [autoRefresh, setAutoRefresh] = useState(true);
  const rowsId = useId();
  const refreshId = useId();

  const deps = useMemo<QueueDeps>(
    () => ({ client, accountId, maxObjectsInGet: session.limits.maxObjectsInGet }),
    [client, accountId, session.limits.maxObjectsInGet],
  );
  const filtersKey = JSON.stringify(view.filters);
  // Matching messages, from the newest answer of the list on screen.
  const total = useQueueTotal(accountId, view.filters, view.sort);
  const selection = useQueueSelection(filtersKey);

  const setView = useCallback(
    (change: Partial<QueueView>) => void navigate({ to: '/management/queue', search: queueViewToSearch({ ...view, ...change }) }),
    [navigate, view],
  );
  const refetchInterval: number | false = autoRefresh ? REFRESH_MS : false;

  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !restore || total === undefined) return;
    restored.current = true;
    window.scrollTo(0, restore.pageY);
  }, [restore, total]);
  // Opening a message notes this view for its "Back to the queue".
  const listRef = useRef<HTMLDivElement>(null);
  const noteView = () =>
    rememberQueueView({
      search,
      pageY: window.scrollY,
      listTop: listRef.current?.querySelector('.queue-scroll')?.scrollTop ?? 0,
    });

  const listProps = {
    deps,
    filters: view.filters,
    sort: view.sort,
    refetchInterval,
    selectable,
    selection,
    onSort: (sort: QueueView['sort']) => setView({ sort, page: 1 }),
  };

  return (
    <div className="queue-page">
      <PageHeader title="Queued messages" actions={<QueueProcessingControl />} />
      <QueueFilterForm filters={view.filters} onApply={(filters) => setView({ filters, page: 1 })} />
      <div className="queue-controls">
        <p className="queue-count" role="status" aria-label="Matching messages">
          {total === undefined ? 'Counting…' : `${countOf(total, 'message')} ${view.rows === 'all' ? '' : 'match'}`.trim()}
        </p>
        <span className="queue-rows">
          <label htmlFor={rowsId}>Show</label>
          <select
            id={rowsId}
            value={String(view.rows)}
            onChange={(event) => {
              const value = event.target.value;
              setView({ rows: (value === 'all' ? 'all' : Number(value)) as RowsChoice, page: 1 });
            }}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size} per page
              </option>
            ))}
            <option value="all">All, in one scrolling list</option>
          </select>
        </span>
        <label htmlFor={refreshId}>
          <input id={refreshId} type="checkbox" checked={autoRefresh} onChange={(e) => setAutoRefresh(e.target.checked)} />
          Refresh every 10 seconds
        </label>
        <p className="queue-note">Times are in your local time ({localZoneLabel()}).</p>
      </div>
      {selectable && (
        <QueueBulkBar
          deps={deps}
          filters={view.filters}
          sort={view.sort}
          total={total}
          selection={selection}
          canUpdate={canUpdate}
          canDestroy={canDestroy}
        />
      )}
      <div ref={listRef} onClickCapture={noteView}>
        {view.rows === 'all' ? (
          <QueueVirtualList key={`${filtersKey}|${view.sort}`} {...listProps} initialScrollTop={restore?.listTop} />
        ) : (
          <QueuePagedList
            {...listProps}
            pageSize={view.rows}
            page={view.page}
            onPage={(page) => setView({ page })}
          />
        )}
      </div>
    </div>
  );
}
