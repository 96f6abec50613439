// Collects every id matching a filter by paging /query, for "all messages matching the filter"
// bulk actions (the visible page is not enough).

import type { JmapError } from './errors';
import type { QueryArgs, QueryResponse } from './methods';
import type { Id } from '../schema/wire-types';
import { ok, type Result } from './result';

export interface QueryAllIdsOptions<S = QueryArgs<unknown>['sort']> {
  sort?: S;
  /** Ids asked for per /query (the server may cap it further). */
  pageSize?: number;
}

export const DEFAULT_ID_PAGE_SIZE = 500;

export async function runQueryAllIds(
  query: (args: QueryArgs<unknown>) => Promise<Result<QueryResponse, JmapError>>,
  filter: unknown,
  options: QueryAllIdsOptions = {},
): Promise<Result<Id[], JmapError>> {
  const pageSize = Math.max(1, options.pageSize ?? DEFAULT_ID_PAGE_SIZE);
  // A live queue shifts while paging; a Set keeps an id that moves across pages only once.
  const ids = new Set<Id>();
  let position = 0;
  for (;;) {
    const page = await query({
      filter: filter ?? null,
      ...(options.sort ? { sort: options.sort } : {}),
      position,
      limit: pageSize,
      calculateTotal: true,
    });
    if (!page.ok) return page;
    const { ids: pageIds, total, limit } = page.value;
    for (const id of pageIds) ids.add(id);
    position = page.value.position + pageIds.length;
    if (pageIds.length === 0) break;
    if (typeof total === 'number') {
      if (position >= total) break;
    } else if (pageIds.length < pageSize && limit == null) {
      // A short page without a server cap means the end.
      break;
    }
  }
  return ok([...ids]);
}
