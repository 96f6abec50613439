// Writes of x:MtaMilter as mutations. Each declares its invalidation once: on success, everything
// cached under the type prefix is stale. Saves wait for the server (no optimistic updates here).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeJmapError, type JmapError, type SetError } from '../../jmap/errors';
import { setErrorToFieldErrors } from '../../jmap/set-error-messages';
import type { Id } from '../../schema/wire-types';
import { jmapKeys } from '../../jmap/query-keys';
import { destroyObject } from '../../jmap/save-object';
import { useCreateObject } from '../../jmap-query/use-create-object';
import { useUpdateObject } from '../../jmap-query/use-update-object';
import { useConnection } from '../../session/connection-context';
import { MILTER } from './milter-queries';

export function useCreateMilter() {
  return useCreateObject(MILTER, 'milter');
}

export function useUpdateMilter() {
  return useUpdateObject(MILTER, 'milter');
}

export function useDeleteMilter() {
  const queryClient = useQueryClient();
  const { client, accountId } = useConnection();
  return useMutation({
    mutationFn: async (id: Id) => {
      const outcome = await destroyObject(client, MILTER, id);
      if (!outcome.ok) throw new Error(deleteMessage(outcome.error), { cause: outcome.error });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jmapKeys.type(accountId, MILTER) }),
  });
}

function deleteMessage(error: JmapError | SetError): string {
  if ('kind' in error) return describeJmapError(error);
  return setErrorToFieldErrors(error).formError ?? error.description ?? 'The server refused to delete the milter.';
}
