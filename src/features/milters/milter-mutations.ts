// Writes of x:MtaMilter as mutations. Each declares its invalidation once: on success, everything
// cached under the type prefix is stale. Saves wait for the server (no optimistic updates here).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeJmapError, setErrorToFieldErrors, type JmapError, type SetError } from '../../jmap/errors';
import type { PatchOf } from '../../jmap/methods';
import type { Id, MtaMilter, MtaMilterCreate } from '../../jmap/object-types';
import { jmapKeys } from '../../jmap/query-keys';
import { createObject, destroyObject, updateObject, type SaveResult } from '../../jmap/save-object';
import { jsonEqual } from '../../schema/wire-codec';
import { useConnection } from '../../session/connection-context';
import { MILTER, type LoadedMilter } from './milter-queries';

type SaveOutcome = SaveResult<MtaMilter>;

/** Stores the object a save brought back, and marks the rest of the type stale (not refetching that object again). */
function useAfterSave() {
  const queryClient = useQueryClient();
  const { accountId } = useConnection();
  return async (outcome: SaveOutcome) => {
    if (outcome.kind !== 'saved') return;
    const id = outcome.loaded.object.id;
    queryClient.setQueryData(jmapKeys.detail(accountId, MILTER, id), outcome.loaded);
    await queryClient.invalidateQueries({
      queryKey: jmapKeys.type(accountId, MILTER),
      predicate: (query) => !(query.queryKey[3] === 'detail' && query.queryKey[4] === id),
    });
  };
}

export function useCreateMilter() {
  const { client } = useConnection();
  const afterSave = useAfterSave();
  return useMutation({
    mutationFn: (wire: MtaMilterCreate) => createObject(client, MILTER, wire, 'milter'),
    onSuccess: afterSave,
  });
}

export interface UpdateMilterVariables {
  id: Id;
  patch: Record<string, unknown>;
  /** The object the patch was computed against, with the state it was read at. */
  base: LoadedMilter;
  /** Overwrite after a conflict: send without ifInState. */
  force: boolean;
}

export function useUpdateMilter() {
  const { client } = useConnection();
  const afterSave = useAfterSave();
  return useMutation({
    mutationFn: async ({ id, patch, base, force }: UpdateMilterVariables): Promise<SaveOutcome> => {
      let ifInState = force ? null : base.state;
      for (let attempt = 0; ; attempt++) {
        // The form's patch is keyed by the schema's field names, which are the milter's properties.
        const outcome = await updateObject(client, MILTER, id, patch as PatchOf<typeof MILTER>, ifInState, 'milter');
        // The state covers every milter, so a change to another one trips it too. Only a change
        // to this milter is a conflict; otherwise the same patch goes again from the new state.
        if (outcome.kind !== 'conflict' || outcome.server === null || attempt >= 2) return outcome;
        if (!jsonEqual(outcome.server.object, base.object)) return outcome;
        ifInState = outcome.server.state;
      }
    },
    onSuccess: afterSave,
  });
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
