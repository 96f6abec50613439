// What a write makes stale, declared once for every object type: everything cached for the type
// (lists, other objects, reads derived from any object, a singleton's derived reads included),
// except the saved object's own detail entry when the save has just put the server's answer there.
import type { QueryClient } from '@tanstack/react-query';
import { objectKeyOf, objectKeys } from './keys';

export interface InvalidateOptions {
  /** The id whose detail entry already holds what the server stored (not refetched). */
  keepDetailOf?: string;
}

export function invalidateObjectType(queryClient: QueryClient, accountId: string, type: string, options: InvalidateOptions = {}) {
  const { keepDetailOf } = options;
  return queryClient.invalidateQueries({
    queryKey: objectKeys.type(accountId, type),
    predicate: (query) => {
      if (keepDetailOf === undefined) return true;
      const key = objectKeyOf(query.queryKey);
      // Only the entry of the object itself; a derived read of it (`view`) is stale like the rest.
      return !(key?.kind === 'detail' && key.id === keepDetailOf && key.view === undefined);
    },
  });
}
