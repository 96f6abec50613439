// TanStack Query keys from general to specific, so one prefix invalidates everything of a type:
//   ['jmap', accountId, 'x:SpamRule']                        every query of that type
//   ['jmap', accountId, 'x:SpamRule', 'list', {...}]         one list page
//   ['jmap', accountId, 'x:SpamRule', 'detail', id]          one object

import type { Id } from '../schema/wire-types';

export interface ListKeyParams {
  filter?: unknown;
  sort?: unknown;
  position?: number;
  limit?: number;
}

export const jmapKeys = {
  all: (accountId: Id) => ['jmap', accountId] as const,
  type: (accountId: Id, type: string) => ['jmap', accountId, type] as const,
  lists: (accountId: Id, type: string) => ['jmap', accountId, type, 'list'] as const,
  // Missing parts are filled in so equivalent pages share one cache entry.
  list: (accountId: Id, type: string, params: ListKeyParams) =>
    [
      'jmap',
      accountId,
      type,
      'list',
      {
        filter: params.filter ?? {},
        sort: params.sort ?? [],
        position: params.position ?? 0,
        limit: params.limit ?? null,
      },
    ] as const,
  details: (accountId: Id, type: string) => ['jmap', accountId, type, 'detail'] as const,
  detail: (accountId: Id, type: string, id: Id) => ['jmap', accountId, type, 'detail', id] as const,
};
