// Creating, updating and destroying one object of a registry type. A save is one HTTP request: the
// /set and a /get of the saved object are issued in the same tick, which the client sends together,
// and each gets its own answer (so a refused /set still brings the server's current object for the
// conflict dialog).
import type { JmapClient } from './client';
import { isStateMismatch, type JmapError, type SetError } from './errors';
import type { ArgsOf, GetResponse, MethodName, MethodOf, ObjectOf, PatchOf, SetResponse, TypesWith } from './methods';
import type { Id } from './object-types';
import type { Result } from './result';

/** Types that can be both read and written (x:Action is create-only and has no /get). */
export type SaveableType = Extract<TypesWith<'set'>, TypesWith<'get'>>;

/** What a create of type T sends for one object. */
export type CreateOf<T extends SaveableType> =
  ArgsOf<MethodOf<T, 'set'>> extends { create?: Record<string, infer C> } ? C : never;

/** An object as loaded, with the state it was read at (the ifInState of the next save). */
export interface Loaded<O> {
  object: O;
  state: string | null;
}

export type SaveResult<O> =
  | { kind: 'saved'; loaded: Loaded<O> }
  | { kind: 'rejected'; error: SetError }
  /** stateMismatch: `server` is the object as it is now (null: it was deleted meanwhile). */
  | { kind: 'conflict'; server: Loaded<O> | null }
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
  const [set, get] = await Promise.all([
    callSet(client, type, { create: { [noun]: wire } }),
    callGet(client, type, [`#${noun}`]),
  ]);
  if (!set.ok) return { kind: 'failed', error: set.error };
  const refused = set.value.notCreated?.[noun];
  if (refused) return { kind: 'rejected', error: refused };
  const created = set.value.created?.[noun];
  if (!created) return invalid(`The server did not confirm the new ${noun}`);
  const fetched = get.ok ? get.value.list.find((o) => o.id === created.id) : undefined;
  // `created` holds the id and the defaults the server filled in: with what was sent, the whole object.
  const object = fetched ?? ({ ...(wire as object), ...created } as ObjectOf<T>);
  return { kind: 'saved', loaded: { object, state: get.ok ? (get.value.state ?? null) : null } };
}

/** `ifInState` null sends the patch unconditionally (overwrite after a conflict). */
export async function updateObject<T extends SaveableType>(
  client: JmapClient,
  type: T,
  id: Id,
  patch: PatchOf<T>,
  ifInState: string | null,
  noun: Noun,
): Promise<SaveResult<ObjectOf<T>>> {
  const [set, get] = await Promise.all([
    callSet(client, type, { update: { [id]: patch }, ...(ifInState === null ? {} : { ifInState }) }),
    callGet(client, type, [id]),
  ]);
  const current = get.ok && get.value.list[0] ? { object: get.value.list[0], state: get.value.state ?? null } : null;
  if (!set.ok) {
    if (isStateMismatch(set.error) && get.ok) return { kind: 'conflict', server: current };
    return { kind: 'failed', error: set.error };
  }
  const refused = set.value.notUpdated?.[id];
  if (refused) return { kind: 'rejected', error: refused };
  if (!current) {
    const verb = typeof noun === 'string' ? 'was' : 'were';
    return invalid(`The saved ${nounText(noun)} ${verb} not returned`);
  }
  return { kind: 'saved', loaded: current };
}

export async function destroyObject<T extends SaveableType>(
  client: JmapClient,
  type: T,
  id: Id,
): Promise<Result<void, JmapError | SetError>> {
  const set = await callSet(client, type, { destroy: [id] });
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

// client.call cannot work out the method, arguments or response from a name built out of a type
// parameter, so these two state them; the method map guarantees each Saveable type has both.

interface SaveSetArgs<T extends SaveableType> {
  ifInState?: string;
  create?: Record<string, CreateOf<T>>;
  update?: Record<Id, PatchOf<T>>;
  destroy?: Id[];
}

/** Every object a /get returns has its id (ObjectOf cannot show that while T is open). */
type WithId<T extends SaveableType> = ObjectOf<T> & { id: Id };

function callSet<T extends SaveableType>(
  client: JmapClient,
  type: T,
  args: SaveSetArgs<T>,
): Promise<Result<SetResponse<ObjectOf<T>>, JmapError>> {
  return client.call(`${type}/set` as MethodName, args as never) as Promise<Result<SetResponse<ObjectOf<T>>, JmapError>>;
}

function callGet<T extends SaveableType>(client: JmapClient, type: T, ids: Id[]): Promise<Result<GetResponse<WithId<T>>, JmapError>> {
  return client.call(`${type}/get` as MethodName, { ids } as never) as Promise<Result<GetResponse<WithId<T>>, JmapError>>;
}
