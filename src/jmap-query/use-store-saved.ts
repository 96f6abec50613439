// After a save: the object the save brought back goes into its detail entry, and the rest of the
// type's cache is marked stale. That detail entry is not refetched: it already holds the server's
// answer, and it is the baseline of the next save.
import { useQueryClient } from '@tanstack/react-query';
import type { Id } from '../schema/wire-types';
import { jmapKeys } from '../jmap/query-keys';
import type { SaveResult } from '../jmap/save-object';
import { useConnection } from '../session/connection-context';

/** `id` is the id the detail entry is keyed by (a singleton's fixed id). */
export function useStoreSaved(type: string) {
  const queryClient = useQueryClient();
  const { accountId } = useConnection();
  return async <O>(outcome: SaveResult<O>, id: Id) => {
    if (outcome.kind !== 'saved') return;
    queryClient.setQueryData(jmapKeys.detail(accountId, type, id), outcome.loaded);
    await queryClient.invalidateQueries({
      queryKey: jmapKeys.type(accountId, type),
      predicate: (query) => !(query.queryKey[3] === 'detail' && query.queryKey[4] === id),
    });
  };
}
