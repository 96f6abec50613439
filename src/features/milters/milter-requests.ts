// The writes of x:MtaMilter. A save is one HTTP request: the /set and a /get of the saved object
// are issued in the same tick, which the client sends together, and each gets its own answer
// (so a refused /set still brings the server's current object for the conflict dialog).
import type { JmapClient } from '../../jmap/client';
import { isStateMismatch, type JmapError, type SetError } from '../../jmap/errors';
import type { PatchOf } from '../../jmap/methods';
import type { Id, MtaMilter, MtaMilterCreate } from '../../jmap/object-types';
import type { LoadedMilter } from './milter-queries';

export type SaveOutcome =
  | { kind: 'saved'; loaded: LoadedMilter }
  | { kind: 'rejected'; error: SetError }
  /** stateMismatch: `server` is the object as it is now (null: it was deleted meanwhile). */
  | { kind: 'conflict'; server: LoadedMilter | null }
  | { kind: 'failed'; error: JmapError };

const CREATION_ID = 'milter';

export async function createMilter(client: JmapClient, wire: MtaMilterCreate): Promise<SaveOutcome> {
  const [set, get] = await Promise.all([
    client.call('x:MtaMilter/set', { create: { [CREATION_ID]: wire } }),
    client.call('x:MtaMilter/get', { ids: [`#${CREATION_ID}`] }),
  ]);
  if (!set.ok) return { kind: 'failed', error: set.error };
  const refused = set.value.notCreated?.[CREATION_ID];
  if (refused) return { kind: 'rejected', error: refused };
  const created = set.value.created?.[CREATION_ID];
  if (!created) return { kind: 'failed', error: { kind: 'invalidResponse', message: 'The server did not confirm the new milter' } };
  const fetched = get.ok ? get.value.list.find((m) => m.id === created.id) : undefined;
  // `created` holds the id and the defaults the server filled in: with what was sent, the whole object.
  const milter = fetched ?? ({ ...wire, ...created } as MtaMilter);
  return { kind: 'saved', loaded: { milter, state: get.ok ? (get.value.state ?? null) : null } };
}

export async function updateMilter(
  client: JmapClient,
  id: Id,
  patch: Record<string, unknown>,
  ifInState: string | null,
): Promise<SaveOutcome> {
  const [set, get] = await Promise.all([
    client.call('x:MtaMilter/set', {
      update: { [id]: patch as PatchOf<'x:MtaMilter'> },
      ...(ifInState === null ? {} : { ifInState }),
    }),
    client.call('x:MtaMilter/get', { ids: [id] }),
  ]);
  const current = get.ok && get.value.list[0] ? { milter: get.value.list[0], state: get.value.state ?? null } : null;
  if (!set.ok) {
    if (isStateMismatch(set.error) && get.ok) return { kind: 'conflict', server: current };
    return { kind: 'failed', error: set.error };
  }
  const refused = set.value.notUpdated?.[id];
  if (refused) return { kind: 'rejected', error: refused };
  if (!current) return { kind: 'failed', error: { kind: 'invalidResponse', message: 'The saved milter was not returned' } };
  return { kind: 'saved', loaded: current };
}

export async function destroyMilter(client: JmapClient, id: Id): Promise<{ ok: true } | { ok: false; error: JmapError | SetError }> {
  const set = await client.call('x:MtaMilter/set', { destroy: [id] });
  if (!set.ok) return { ok: false, error: set.error };
  const refused = set.value.notDestroyed?.[id];
  return refused ? { ok: false, error: refused } : { ok: true };
}
