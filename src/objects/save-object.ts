// Creating, updating and destroying one object of a registry type. A real server keeps no state
// for these objects and has no conditional write, so an update first reads the object again and
// compares it with the copy the change was made against; a create reads the stored object back in
// its own request (a /get of "#creationId"), since `created` answers only the new id.
import type { JmapClient } from '../jmap/client';
import type { JmapError, SetError } from '../jmap/errors';
import type { ArgsOf, GetResponse, MethodName, MethodOf, ObjectOf, PatchOf, SetResponse } from '../jmap/methods';
import type { Id } from '../schema/wire-types';
import type { Result } from '../jmap/result';
import { changedProperties } from './changed-properties';
import type { SaveableType } from './object-def';

export type { SaveableType };

/** What a create of type T sends for one object. */
export type CreateOf<T extends SaveableType> =
  ArgsOf<MethodOf<T, 'set'>> extends { create?: Record<string, infer C> } ? C : never;

/** An object as the server answered it. */
export interface Loaded<O> {
  object: O;
}

export type SaveResult<O> =
  | { kind: 'saved'; loaded: Loaded<O> }
  | { kind: 'rejected'; error: SetError }
  /** Changed by someone else since `base`: `server` is the object now (null: deleted meanwhile). */
  | { kind: 'conflict'; server: Loaded<O> | null; changed: string[] }
  | { kind: 'failed'; error: JmapError };

/** How update messages name the object: "milter", or { plural: "settings" } ("were not returned"). */
export type Noun = string | { plural: string };

export async function createObject<T extends SaveableType>(
  client: JmapClient,
  type: T,
  wire: CreateOf<T>,
  noun: string,
): Promise<SaveResult<ObjectOf<T>>> {
  // The noun doubles as the creation id ("#milter"): readable in the request.
  const sent = await client.requestEach((b) => ({
    set: b.call(`${type}/set` as MethodName, { create: { [noun]: wire } } as never),
    get: b.call(`${type}/get` as MethodName, { ids: [b.creationRef(noun)] } as never),
  }));
  if (!sent.ok) return { kind: 'failed', error: sent.error };
  const set = sent.value.set as Result<SetResponse<ObjectOf<T>>, JmapError>;
  if (!set.ok) return { kind: 'failed', error: set.error };
  const refused = set.value.notCreated?.[noun];
  if (refused) return { kind: 'rejected', error: refused };
  const created = set.value.created?.[noun];
  if (!created) return invalid(`The server did not confirm the new ${noun}`);
  const get = sent.value.get as Result<GetResponse<WithId<T>>, JmapError>;
  const stored = get.ok ? get.value.list.find((o) => o.id === created.id) : undefined;
  if (!stored) return invalid(`The ${noun} was created (id ${created.id}), but the server did not return it`);
  return { kind: 'saved', loaded: { object: stored } };
}

export interface UpdateRequest<O> {
  id: Id;
  patch: Record<string, unknown>;
  /** The object the patch was computed against. */
  base: O;
  /** The properties the form knows: only a change to one of these is a conflict. */
  properties: readonly string[];
}

/**
 * Reads the object again (only `properties`) and sends the patch only if none of them changed
 * since `base`. The read and the write are two requests: this narrows the window for a lost
 * update, it cannot close it (the server has no conditional write).
 */
export async function updateObject<T extends SaveableType>(
  client: JmapClient,
  type: T,
  { id, patch, base, properties }: UpdateRequest<ObjectOf<T>>,
  noun: Noun,
): Promise<SaveResult<ObjectOf<T>>> {
  const current = await callGet(client, type, [id], properties);
  if (!current.ok) return { kind: 'failed', error: current.error };
  const now = current.value.list.find((o) => o.id === id);
  if (!now) return { kind: 'conflict', server: null, changed: [] };
  const changed = changedProperties(base as object, now, properties);
  if (changed.length > 0) return { kind: 'conflict', server: { object: { ...(base as object), ...now } as ObjectOf<T> }, changed };
  return writeAndReadBack(client, type, id, patch as PatchOf<T>, noun);
}

/** The patch and a /get of the whole object in one request: the answer is what was stored. */
async function writeAndReadBack<T extends SaveableType>(
  client: JmapClient,
  type: T,
  id: Id,
  patch: PatchOf<T>,
  noun: Noun,
): Promise<SaveResult<ObjectOf<T>>> {
  const sent = await client.requestEach((b) => ({
    set: b.call(`${type}/set` as MethodName, { update: { [id]: patch } } as never),
    get: b.call(`${type}/get` as MethodName, { ids: [id] } as never),
  }));
  if (!sent.ok) return { kind: 'failed', error: sent.error };
  const set = sent.value.set as Result<SetResponse<ObjectOf<T>>, JmapError>;
  if (!set.ok) return { kind: 'failed', error: set.error };
  const refused = set.value.notUpdated?.[id];
  if (refused) return { kind: 'rejected', error: refused };
  const get = sent.value.get as Result<GetResponse<WithId<T>>, JmapError>;
  const stored = get.ok ? get.value.list.find((o) => o.id === id) : undefined;
  if (!stored) {
    const verb = typeof noun === 'string' ? 'was' : 'were';
    return invalid(`The saved ${nounText(noun)} ${verb} not returned`);
  }
  return { kind: 'saved', loaded: { object: stored } };
}

export async function destroyObject<T extends SaveableType>(
  client: JmapClient,
  type: T,
  id: Id,
): Promise<Result<void, JmapError | SetError>> {
  const set = (await client.call(`${type}/set` as MethodName, { destroy: [id] } as never)) as Result<SetResponse<unknown>, JmapError>;
  if (!set.ok) return set;
  const refused = set.value.notDestroyed?.[id];
  return refused ? { ok: false, error: refused } : { ok: true, value: undefined };
}

function invalid(message: string): SaveResult<never> {
  return { kind: 'failed', error: { kind: 'invalidResponse', message } };
}

function nounText(noun: Noun): string {
  return typeof noun === 'string' ? noun : noun.plural;
}

/** Every object a /get returns has its id (ObjectOf cannot show that while T is open). */
type WithId<T extends SaveableType> = ObjectOf<T> & { id: Id };

function callGet<T extends SaveableType>(
  client: JmapClient,
  type: T,
  ids: Id[],
  properties: readonly string[],
): Promise<Result<GetResponse<WithId<T>>, JmapError>> {
  // client.call cannot work out the method from a name built out of a type parameter.
  return client.call(`${type}/get` as MethodName, { ids, properties } as never) as Promise<Result<GetResponse<WithId<T>>, JmapError>>;
}
