// x:QueuedMessage/set: creation refused, updates through applyQueuePatch, destroy cancels.
import type { JsonObject, MethodOutcome, SetArgs, SetError } from '../jmap/method-types';
import { queueNumFromId } from './queue-ids';
import type { QueueStore } from './queue-store';
import { applyQueuePatch } from './update-patch';
import { keyRecord } from '../objects/own-keys';

export interface SetDeps {
  store: QueueStore;
  /** Unix seconds. */
  now: number;
  setError(type: string, description: string, extra?: Partial<SetError>): SetError;
}

export function queueSet(args: Pick<SetArgs, 'create' | 'update' | 'destroy'>, deps: SetDeps): MethodOutcome {
  const { store, setError } = deps;
  const notCreated = keyRecord<SetError>();
  for (const creationId of Object.keys(args.create)) {
    notCreated[creationId] = setError('forbidden', 'Queued messages cannot be created');
  }

  const destroying = new Set(args.destroy);
  const updated = keyRecord<null>();
  const notUpdated = keyRecord<SetError>();
  for (const [id, patch] of Object.entries(args.update)) {
    if (destroying.has(id)) {
      notUpdated[id] = setError('willDestroy', 'The message is being destroyed in the same request');
      continue;
    }
    const num = queueNumFromId(id);
    const message = num === null ? null : store.read(num);
    if (!message) {
      notUpdated[id] = setError('notFound', 'Queued message not found');
      continue;
    }
    const result = applyQueuePatch(message, patch, deps.now);
    if (!result.ok) {
      const { type, description, ...extra } = result.error;
      notUpdated[id] = setError(type, description, extra);
      continue;
    }
    // A message left with nothing to deliver leaves the queue; it is still reported updated.
    if (result.outcome === 'saved') store.save(result.message);
    else if (result.outcome === 'removed') store.remove(message.num);
    updated[id] = null;
  }

  const destroyed: string[] = [];
  const notDestroyed = keyRecord<SetError>();
  for (const id of args.destroy) {
    const num = queueNumFromId(id);
    if (num !== null && store.remove(num)) destroyed.push(id);
    else notDestroyed[id] = setError('notFound', 'Queued message not found');
  }

  const result: JsonObject = { created: {}, updated, destroyed, notCreated, notUpdated, notDestroyed };
  return { ok: true, result };
}
