// x:QueuedMessage/get.
import type { GetArgs, JsonObject, MethodOutcome } from '../jmap/method-types';
import { messageToWire, QUEUED_MESSAGE_PROPERTIES } from './message-wire';
import { queueNumFromId } from './queue-ids';
import type { QueueStore } from './queue-store';

const KNOWN = new Set<string>(QUEUED_MESSAGE_PROPERTIES);

export interface GetDeps {
  store: QueueStore;
  now: number;
  maxObjectsInGet: number;
}

export function queueGet(args: Pick<GetArgs, 'ids' | 'properties'>, deps: GetDeps): MethodOutcome {
  const unknown = args.properties?.find((p) => !KNOWN.has(p));
  if (unknown !== undefined) {
    return { ok: false, error: { type: 'invalidArguments', description: `Invalid property '${unknown}'` } };
  }
  const wanted = args.properties ? new Set(['id', ...args.properties]) : null;

  // ids: null means the first maxObjectsInGet messages in queue order (earliest delivery event
  // first), which is what the server's internal query over its event index yields.
  const ids = args.ids ?? deps.store.index.all.entries.slice(0, deps.maxObjectsInGet).map((e) => e.id);

  const list: JsonObject[] = [];
  const notFound: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const num = queueNumFromId(id);
    const message = num === null ? null : deps.store.read(num);
    if (!message) {
      notFound.push(id);
      continue;
    }
    const wire = messageToWire(message, deps.now);
    list.push(wanted ? Object.fromEntries(Object.entries(wire).filter(([k]) => wanted.has(k))) : wire);
  }
  return { ok: true, result: { list, notFound } };
}
