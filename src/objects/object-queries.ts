// Reads of one object type as TanStack queryOptions factories, keyed by objectKeys so that a write
// of the type (invalidate.ts) makes every one of them stale. Failures throw a JmapFailure (unwrap).
import { queryOptions } from '@tanstack/react-query';
import type { JmapClient } from '../jmap/client';
import { JmapFailure, unwrap } from '../jmap/failure';
import { getAllObjects } from '../jmap/get-all-objects';
import type { GetResponse, MethodName, ObjectOf, QueryResponse, TypesWith } from '../jmap/methods';
import type { Id } from '../schema/wire-types';
import { objectKeys } from './keys';
import type { ListableType, ObjectDef } from './object-def';
import type { Loaded } from './save-object';

type Readable = TypesWith<'get'>;

/** What the reads need of the signed-in connection. */
export interface Reader {
  client: JmapClient;
  accountId: Id;
}

// What was loaded is the baseline of the next save; a silent refetch must not move it under a
// form that is being edited (saves put fresh data in the detail entry themselves).
const keepWhileEditing = { refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

/** A /get of `ids`; the method name is built from the type, which the client cannot check. */
async function getObjects<R>(client: JmapClient, type: string, ids: Id[], properties?: readonly string[]): Promise<R[]> {
  const args = properties ? { ids, properties } : { ids };
  const response = unwrap(await client.call(`${type}/get` as MethodName, args as never)) as unknown as GetResponse<R>;
  return response.list;
}

export function objectQueries<T extends Readable>(def: ObjectDef<T>) {
  const type = def.name;
  type O = ObjectOf<T>;
  return {
    /** One object as loaded, or null when it does not exist. */
    detail({ client, accountId }: Reader, id: Id) {
      return queryOptions({
        queryKey: objectKeys.detail(accountId, type, id),
        queryFn: async (): Promise<Loaded<O> | null> => {
          const [object] = await getObjects<O>(client, type, [id]);
          return object ? { object } : null;
        },
        ...keepWhileEditing,
      });
    },

    /** A singleton: always there (a server fills one never stored with defaults). */
    singleton({ client, accountId }: Reader, id: Id = 'singleton') {
      return queryOptions({
        queryKey: objectKeys.detail(accountId, type, id),
        queryFn: async (): Promise<Loaded<O>> => {
          const [object] = await getObjects<O>(client, type, [id]);
          if (!object) throw new JmapFailure({ kind: 'invalidResponse', message: `${type}/get did not return ${id}` });
          return { object };
        },
        ...keepWhileEditing,
      });
    },

    /**
     * A few properties of one object, picked into `select`: cached under the object's detail key
     * with a `view` name, so it goes stale with the object.
     */
    view<V>({ client, accountId }: Reader, id: Id, view: string, properties: readonly string[], select: (object: O) => V) {
      return queryOptions({
        queryKey: objectKeys.derived(accountId, type, id, view),
        queryFn: async (): Promise<V> => {
          const [object] = await getObjects<O>(client, type, [id], properties);
          if (!object) throw new JmapFailure({ kind: 'invalidResponse', message: `${type}/get did not return ${id}` });
          return select(object);
        },
      });
    },
  };
}

/** Reads of types that also have /query: a server-side list, or every object for the local view. */
export function listQueries<T extends ListableType>(def: ObjectDef<T>) {
  const type = def.name;
  return {
    ...objectQueries(def),

    /** One /query and a /get of its ids through a result reference, in one request, in the query's order. */
    list<R extends { id: Id }>({ client, accountId }: Reader, properties: readonly string[], params: { filter?: unknown; sort?: unknown } = {}) {
      return queryOptions({
        queryKey: objectKeys.list(accountId, type, { ...params, view: properties.join(',') }),
        queryFn: async (): Promise<R[]> => {
          const result = unwrap(
            await client.request((b) => {
              const query = b.call(`${type}/query` as MethodName, params as never);
              const get = b.call(`${type}/get` as MethodName, { ids: query.ref('/ids'), properties } as never);
              return { query, get };
            }),
          );
          const ids = (result.query as unknown as QueryResponse).ids;
          // /get answers in its own order; keep the query's.
          const byId = new Map((result.get as unknown as GetResponse<R>).list.map((o) => [o.id, o]));
          return ids.flatMap((id) => byId.get(id) ?? []);
        },
      });
    },

    /**
     * Every object of the type within the server's limits (getAllObjects), for a list that searches,
     * filters and sorts in the console (local-view.ts): one cache entry, the whole list.
     */
    all<R extends { id: Id }>({ client, accountId }: Reader, properties: readonly string[]) {
      return queryOptions({
        queryKey: objectKeys.list(accountId, type, { view: `all:${properties.join(',')}` }),
        queryFn: async (): Promise<R[]> => unwrap(await getAllObjects<R>(client, type, properties)),
      });
    },

    /** The id of the object the query finds first (e.g. an exact name filter), null when none. */
    async findId({ client }: Reader, filter: unknown): Promise<Id | null> {
      const response = unwrap(await client.call(`${type}/query` as MethodName, { filter, limit: 1 } as never)) as unknown as QueryResponse;
      return response.ids[0] ?? null;
    },
  };
}
