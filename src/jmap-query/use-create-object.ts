// Creating one object of a registry type as a mutation; no optimistic update, the cache changes
// once the server has answered.
import { useMutation } from '@tanstack/react-query';
import type { Id } from '../schema/wire-types';
import { createObject, type CreateOf, type SaveableType } from '../jmap/save-object';
import { useConnection } from '../session/connection-context';
import { useStoreSaved } from './use-store-saved';

/** `noun` names the object in messages and is the creation id ("milter"). */
export function useCreateObject<T extends SaveableType>(type: T, noun: string) {
  const { client } = useConnection();
  const storeSaved = useStoreSaved(type);
  return useMutation({
    mutationFn: (wire: CreateOf<T>) => createObject(client, type, wire, noun),
    // Every object a /get returns has its id (ObjectOf cannot show that while T is open).
    onSuccess: (outcome) => (outcome.kind === 'saved' ? storeSaved(outcome, (outcome.loaded.object as { id: Id }).id) : undefined),
  });
}
