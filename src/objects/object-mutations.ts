// Writes of one object type as TanStack mutations, with what they make stale declared once
// (invalidate.ts): after a save the server's answer goes into the object's detail entry (it is the
// baseline of the next save) and everything else cached for the type is stale.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeJmapError } from '../jmap/describe-jmap-error';
import type { SetError } from '../jmap/errors';
import { JmapFailure, unwrap } from '../jmap/failure';
import type { MethodName, ObjectOf, SetResponse } from '../jmap/methods';
import type { Id } from '../schema/wire-types';
import { useConnection } from '../session/connection-context';
import { invalidateObjectType } from './invalidate';
import { objectKeys } from './keys';
import type { ObjectDef, SaveableType } from './object-def';
import { createObject, destroyObject, updateObject, type CreateOf, type Noun, type SaveResult, type UpdateRequest } from './save-object';
import { setErrorToFieldErrors } from './set-error-messages';

/** One sentence for a refused /set of one object. */
export function refusalText(error: SetError, fallback: string): string {
  const messages = setErrorToFieldErrors(error);
  return messages.formError ?? Object.values(messages.fieldErrors)[0] ?? error.description ?? fallback;
}

function refused(error: SetError, fallback: string): JmapFailure {
  return new JmapFailure({ kind: 'refused', setError: error }, refusalText(error, fallback));
}

export interface QuickPatch {
  id: Id;
  patch: Record<string, unknown>;
}

export function objectMutations<T extends SaveableType>(def: ObjectDef<T>) {
  const type = def.name;
  type O = ObjectOf<T>;

  /** After a save: the stored object into its detail entry (keyed by `id`), the rest of the type stale. */
  function useStoreSaved() {
    const queryClient = useQueryClient();
    const { accountId } = useConnection();
    return async (outcome: SaveResult<O>, id: Id) => {
      if (outcome.kind !== 'saved') return;
      queryClient.setQueryData(objectKeys.detail(accountId, type, id), outcome.loaded);
      await invalidateObjectType(queryClient, accountId, type, { keepDetailOf: id });
    };
  }

  return {
    /** Create with the stored object read back in the same request; `noun` is the creation id. */
    useCreate(noun: string) {
      const { client } = useConnection();
      const storeSaved = useStoreSaved();
      return useMutation({
        mutationFn: (wire: CreateOf<T>) => createObject(client, type, wire, noun),
        // Every object a /get returns has its id (ObjectOf cannot show that while T is open).
        onSuccess: (outcome) => (outcome.kind === 'saved' ? storeSaved(outcome, (outcome.loaded.object as { id: Id }).id) : undefined),
      });
    },

    /** Update after re-reading the object: a change by someone else comes back as a conflict. */
    useUpdate(noun: Noun) {
      const { client } = useConnection();
      const storeSaved = useStoreSaved();
      return useMutation({
        mutationFn: (request: UpdateRequest<O>) => updateObject(client, type, request, noun),
        onSuccess: (outcome, { id }) => storeSaved(outcome, id),
      });
    },

    /** Destroy one object; a refusal is thrown as a JmapFailure worded for the person. */
    useDestroy(noun: string) {
      const queryClient = useQueryClient();
      const { client, accountId } = useConnection();
      return useMutation({
        mutationFn: async (id: Id) => {
          const outcome = await destroyObject(client, type, id);
          if (outcome.ok) return;
          const error = outcome.error;
          if ('kind' in error) throw new JmapFailure(error, describeJmapError(error));
          throw refused(error, `The server refused to delete the ${noun}.`);
        },
        onSuccess: () => invalidateObjectType(queryClient, accountId, type),
      });
    },

    /**
     * A small change made from a list (e.g. an enable switch): shown in the cached lists at once,
     * rolled back if the server refuses, no conflict check (the last click wins).
     */
    useQuickPatch<V extends QuickPatch = QuickPatch>() {
      const queryClient = useQueryClient();
      const { client, accountId } = useConnection();
      const lists = objectKeys.lists(accountId, type);
      type Row = { id: Id } & Record<string, unknown>;
      return useMutation({
        mutationFn: async ({ id, patch }: V) => {
          const args = { update: { [id]: patch } };
          const set = unwrap(await client.call(`${type}/set` as MethodName, args as never)) as unknown as SetResponse<unknown>;
          const refusal = set.notUpdated?.[id];
          if (refusal) throw refused(refusal, 'The server refused the change.');
        },
        onMutate: async ({ id, patch }) => {
          // A list fetch already under way would overwrite the optimistic value with the old one.
          await queryClient.cancelQueries({ queryKey: lists });
          const previous = queryClient.getQueriesData<Row[]>({ queryKey: lists });
          queryClient.setQueriesData<Row[]>({ queryKey: lists }, (rows) =>
            Array.isArray(rows) ? rows.map((row) => (row.id === id ? { ...row, ...patch } : row)) : rows,
          );
          return { previous };
        },
        onError: (_error, _variables, context) => {
          for (const [key, rows] of context?.previous ?? []) queryClient.setQueryData(key, rows);
        },
        onSettled: () => invalidateObjectType(queryClient, accountId, type),
      });
    },
  };
}
