// Reads of x:MtaMilter as TanStack queryOptions factories; keys from jmapKeys so that the type
// prefix ['jmap', accountId, 'x:MtaMilter'] invalidates every one of them.
import { queryOptions } from '@tanstack/react-query';
import type { JmapClient } from '../../jmap/client';
import { describeJmapError, type JmapError } from '../../jmap/errors';
import type { MtaMilter } from '../../catalog/mta-milter';
import type { Id } from '../../schema/wire-types';
import { jmapKeys } from '../../jmap/query-keys';
import type { Loaded } from '../../jmap/save-object';

export const MILTER = 'x:MtaMilter';

const listProperties = ['hostname', 'port', 'stages', 'enable', 'useTls', 'allowInvalidCerts'] as const;

export type MilterRow = Pick<MtaMilter, 'id' | (typeof listProperties)[number]>;

export type LoadedMilter = Loaded<MtaMilter>;

export function failure(error: JmapError): Error {
  return new Error(describeJmapError(error), { cause: error });
}

/** Every milter, in one request: /query, then /get through a result reference to its ids. */
export function milterListQuery(client: JmapClient, accountId: Id) {
  return queryOptions({
    queryKey: jmapKeys.list(accountId, MILTER, {}),
    queryFn: async (): Promise<MilterRow[]> => {
      const result = await client.request((b) => {
        const query = b.call('x:MtaMilter/query', {});
        const get = b.call('x:MtaMilter/get', { ids: query.ref('/ids'), properties: listProperties });
        return { query, get };
      });
      if (!result.ok) throw failure(result.error);
      // /get answers in its own order; keep the query's.
      const byId = new Map(result.value.get.list.map((m) => [m.id, m]));
      return result.value.query.ids.flatMap((id) => byId.get(id) ?? []);
    },
  });
}

/** One milter, or null when it does not exist. */
export function milterDetailQuery(client: JmapClient, accountId: Id, id: Id) {
  return queryOptions({
    queryKey: jmapKeys.detail(accountId, MILTER, id),
    queryFn: async (): Promise<LoadedMilter | null> => {
      const result = await client.call('x:MtaMilter/get', { ids: [id] });
      if (!result.ok) throw failure(result.error);
      const milter = result.value.list[0];
      return milter ? { object: milter } : null;
    },
    // What was loaded is the baseline of the next save; a silent refetch must not move it
    // under a form that is being edited (saves put fresh data here themselves).
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
