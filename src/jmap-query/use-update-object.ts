// Updating one object of a registry type as a mutation, guarded by the state it was loaded at.
import { useMutation } from '@tanstack/react-query';
import type { JmapClient } from '../jmap/client';
import type { ObjectOf, PatchOf } from '../jmap/methods';
import type { Id } from '../jmap/object-types';
import { updateObject, type Loaded, type Noun, type SaveableType, type SaveResult } from '../jmap/save-object';
import { jsonEqual } from '../schema/wire-codec';
import { useConnection } from '../session/connection-context';
import { useStoreSaved } from './use-store-saved';

export interface UpdateVariables<O> {
  /** The object's id (a singleton's fixed id), also the detail entry the answer is stored in. */
  id: Id;
  /** Keyed by the schema's field names, which are the object's properties. */
  patch: Record<string, unknown>;
  /** The object the patch was computed against, with the state it was read at. */
  base: Loaded<O>;
  /** Overwrite after a conflict: send without ifInState. */
  force: boolean;
}

/** Re-sends after a state change elsewhere, at most twice; see updateUnlessChanged. */
const MAX_RESENDS = 2;

export function useUpdateObject<T extends SaveableType>(type: T, noun: Noun) {
  const { client } = useConnection();
  const storeSaved = useStoreSaved(type);
  return useMutation({
    mutationFn: (variables: UpdateVariables<ObjectOf<T>>) => updateUnlessChanged(client, type, noun, variables),
    onSuccess: (outcome, { id }) => storeSaved(outcome, id),
  });
}

/**
 * The state covers every object of the type, and a write that changed nothing moves it too, so a
 * stateMismatch is a conflict only when the server's copy of this object differs from the base;
 * otherwise the same patch goes again from the new state.
 */
async function updateUnlessChanged<T extends SaveableType>(
  client: JmapClient,
  type: T,
  noun: Noun,
  { id, patch, base, force }: UpdateVariables<ObjectOf<T>>,
): Promise<SaveResult<ObjectOf<T>>> {
  let ifInState = force ? null : base.state;
  for (let attempt = 0; ; attempt++) {
    const outcome = await updateObject(client, type, id, patch as PatchOf<T>, ifInState, noun);
    if (outcome.kind !== 'conflict' || outcome.server === null || attempt >= MAX_RESENDS) return outcome;
    if (!jsonEqual(outcome.server.object, base.object)) return outcome;
    ifInState = outcome.server.state;
  }
}
