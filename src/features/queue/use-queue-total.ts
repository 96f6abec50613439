// The number of messages matching the list's filter, read from the answers already in the query
// cache (the newest range of that filter and sort), so the page, the bulk bar and the scrolling
// list all show the server's figure without keeping a copy of it.

import { notifyManager, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { newestQueueTotal, queueKeys, queueListIdentity } from './queue-queries';
import { toQueryFilter, toQuerySort, type QueueFilters, type SortDirection } from './queue-view';

export function useQueueTotal(accountId: string, filters: QueueFilters, sort: SortDirection): number | undefined {
  const cache = useQueryClient().getQueryCache();
  const list = useMemo(() => queueListIdentity(toQueryFilter(filters), toQuerySort(sort)), [filters, sort]);
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(notifyManager.batchCalls(onChange)), [cache]);
  const read = useCallback(
    () => newestQueueTotal(cache.findAll({ queryKey: queueKeys.all(accountId) }), list),
    [cache, accountId, list],
  );
  return useSyncExternalStore(subscribe, read, read);
}
