// Every object of a type, within the server's limits: pages of /query and a /get of each page's
// ids in the same request (a result reference), each page at most the session's maxObjectsInGet
// and at most what the server's query answers with (it reports a lower `limit` when it caps one),
// moving on by `position` until the total is reached. For types a real server holds a few hundred
// of at most (spam rules), so a list can search, filter and sort in the console.
import type { JmapClient } from './client';
import type { JmapError } from './errors';
import type { GetResponse, MethodName, QueryResponse, TypesWith } from './methods';
import type { Id } from '../schema/wire-types';
import { err, ok, type Result } from './result';

export async function getAllObjects<O extends { id: Id }>(
  client: JmapClient,
  type: Extract<TypesWith<'query'>, TypesWith<'get'>>,
  properties: readonly string[],
): Promise<Result<O[], JmapError>> {
  const session = await client.getSession();
  if (!session.ok) return session;
  const pageSize = Math.max(1, session.value.limits.maxObjectsInGet);
  const objects: O[] = [];
  const seen = new Set<Id>();
  let position = 0;
  for (;;) {
    const page = await client.request((b) => {
      const query = b.call(`${type}/query` as MethodName, { position, limit: pageSize, calculateTotal: true } as never);
      const get = b.call(`${type}/get` as MethodName, { ids: query.ref('/ids'), properties } as never);
      return { query, get };
    });
    if (!page.ok) return page;
    const query = page.value.query as unknown as QueryResponse;
    const get = page.value.get as unknown as GetResponse<O>;
    const byId = new Map(get.list.map((o) => [o.id, o]));
    // In the query's order; an object deleted between the two calls is simply absent.
    for (const id of query.ids) {
      const object = byId.get(id);
      if (object && !seen.has(id)) {
        seen.add(id);
        objects.push(object);
      }
    }
    position = query.position + query.ids.length;
    // Without a total, an empty page is the end.
    if (query.ids.length === 0 || (typeof query.total === 'number' && position >= query.total)) break;
    if (position > 100_000) return err({ kind: 'invalidResponse', message: `${type}/query never reached its total` });
  }
  return ok(objects);
}
