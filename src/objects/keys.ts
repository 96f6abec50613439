// TanStack Query keys for server objects: one object per key, from general to specific, so that a
// partial key matches everything under it (TanStack compares object keys property by property):
//   [{ scope: 'jmap', accountId }]                                      everything of the account
//   [{ scope: 'jmap', accountId, type }]                                 every query of a type
//   [{ scope: 'jmap', accountId, type, kind: 'list', params }]           one list
//   [{ scope: 'jmap', accountId, type, kind: 'detail', id }]             one object as loaded
//   [{ scope: 'jmap', accountId, type, kind: 'detail', id, view }]       a read derived from one object
// Named properties instead of positions: a key cannot be read at the wrong index.

export interface ListParams {
  filter?: unknown;
  sort?: unknown;
  position?: number;
  limit?: number | null;
  /** Names what else sets this list apart (e.g. 'all-ids', 'tag-sources'). */
  view?: string;
}

export interface ObjectKey {
  scope: 'jmap';
  accountId: string;
  type?: string;
  kind?: 'list' | 'detail';
  params?: ListParams;
  id?: string;
  view?: string;
  /** Anything else a derived read depends on. */
  extra?: unknown;
}

const base = (accountId: string) => ({ scope: 'jmap', accountId }) as const;

export const objectKeys = {
  all: (accountId: string) => [base(accountId)] as const,
  type: (accountId: string, type: string) => [{ ...base(accountId), type }] as const,
  lists: (accountId: string, type: string) => [{ ...base(accountId), type, kind: 'list' }] as const,
  /** Missing parts are filled in so equivalent lists share one cache entry. */
  list: (accountId: string, type: string, params: ListParams = {}) =>
    [
      {
        ...base(accountId),
        type,
        kind: 'list',
        params: {
          filter: params.filter ?? {},
          sort: params.sort ?? [],
          position: params.position ?? 0,
          limit: params.limit ?? null,
          ...(params.view === undefined ? {} : { view: params.view }),
        },
      },
    ] as const,
  details: (accountId: string, type: string) => [{ ...base(accountId), type, kind: 'detail' }] as const,
  detail: (accountId: string, type: string, id: string) => [{ ...base(accountId), type, kind: 'detail', id }] as const,
  /** A read derived from one object (a few of its properties, its blob): stale whenever the object is. */
  derived: (accountId: string, type: string, id: string, view: string, extra?: unknown) =>
    [{ ...base(accountId), type, kind: 'detail', id, view, ...(extra === undefined ? {} : { extra }) }] as const,
};

/** The one object of a key built here, or undefined for a key from elsewhere. */
export function objectKeyOf(queryKey: readonly unknown[]): ObjectKey | undefined {
  const first = queryKey[0];
  if (typeof first !== 'object' || first === null || (first as { scope?: unknown }).scope !== 'jmap') return undefined;
  return first as ObjectKey;
}
