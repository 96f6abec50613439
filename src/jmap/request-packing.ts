// How queued groups of calls become HTTP requests within the server's maxCallsInRequest.
import type { RequestError } from './errors';
import type { Group } from './dispatcher';
import { err, ok } from './result';

/**
 * Packs groups in submission order into requests of at most `maxCalls` calls. A group is never
 * split (its references must resolve inside one request), and two groups that use the same
 * creation id go to different requests, since creation ids are request-wide.
 */
export function pack(groups: Group[], maxCalls: number): Group[][] {
  const batches: Group[][] = [];
  let current: Group[] = [];
  let count = 0;
  let creationIds = new Set<string>();
  const close = () => {
    if (current.length > 0) batches.push(current);
    current = [];
    count = 0;
    creationIds = new Set();
  };
  for (const g of groups) {
    if (g.calls.length > maxCalls) {
      g.resolve(err(tooManyCalls(g.calls.length, maxCalls)));
      continue;
    }
    if (g.calls.length === 0) {
      g.resolve(ok([]));
      continue;
    }
    const ids = creationIdsOf(g);
    const clash = ids.some((id) => creationIds.has(id));
    if (g.exclusive || clash || count + g.calls.length > maxCalls) close();
    current.push(g);
    count += g.calls.length;
    for (const id of ids) creationIds.add(id);
    if (g.exclusive) close();
  }
  close();
  return batches;
}

function creationIdsOf(g: Group): string[] {
  return g.calls.flatMap((c) => {
    const create = c.args.create;
    return create && typeof create === 'object' ? Object.keys(create) : [];
  });
}

function tooManyCalls(calls: number, max: number): RequestError {
  return {
    kind: 'request',
    type: 'urn:ietf:params:jmap:error:limit',
    status: 400,
    limit: 'maxCallsInRequest',
    title: 'Too many calls in one request',
    detail: `${calls} calls that reference each other cannot be sent; the server accepts ${max} per request`,
  };
}
