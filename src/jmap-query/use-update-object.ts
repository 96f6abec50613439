// Updating one object of a registry type as a mutation: the object is read again first, and a
// change by someone else since it was loaded comes back as a conflict instead of being overwritten.
import { useMutation } from '@tanstack/react-query';
import type { ObjectOf } from '../jmap/methods';
import { updateObject, type Noun, type SaveableType, type UpdateRequest } from '../jmap/save-object';
import { useConnection } from '../session/connection-context';
import { useStoreSaved } from './use-store-saved';

export function useUpdateObject<T extends SaveableType>(type: T, noun: Noun) {
  const { client } = useConnection();
  const storeSaved = useStoreSaved(type);
  return useMutation({
    mutationFn: (request: UpdateRequest<ObjectOf<T>>) => updateObject(client, type, request, noun),
    onSuccess: (outcome, { id }) => storeSaved(outcome, id),
  });
}
