// Type checks of the standard /get, /set and /query arguments (RFC 8620 §5.1, §5.3, §5.5).
import type { Comparator, CoreLimits, GetArgs, JsonObject, MethodError, QueryArgs, SetArgs } from './method-types';

type Parsed<T> = { ok: true; args: T } | { ok: false; error: MethodError };

const invalid = (description: string): { ok: false; error: MethodError } => ({ ok: false, error: { type: 'invalidArguments', description } });
const isPlainObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

// Unknown arguments are ignored, as the server's deserializer does; the account was resolved
// by the dispatcher (call-guards.ts), so accountId here is only what the caller sent.
const accountIdOf = (raw: JsonObject): string => (typeof raw.accountId === 'string' ? raw.accountId : '');

export function parseGetArgs(raw: JsonObject, limits: CoreLimits, resolveId: (id: string) => string): Parsed<GetArgs> {
  const accountId = accountIdOf(raw);
  if (raw.ids !== undefined && raw.ids !== null && !isStringArray(raw.ids)) return invalid('"ids" must be an array of strings or null.');
  if (raw.properties !== undefined && raw.properties !== null && !isStringArray(raw.properties)) {
    return invalid('"properties" must be an array of strings or null.');
  }
  const ids = isStringArray(raw.ids) ? raw.ids.map(resolveId) : null;
  if (ids && ids.length > limits.maxObjectsInGet) {
    return { ok: false, error: { type: 'requestTooLarge', description: `At most ${limits.maxObjectsInGet} objects can be fetched at once (maxObjectsInGet).` } };
  }
  const properties = isStringArray(raw.properties) ? [...new Set(raw.properties)] : null;
  return { ok: true, args: { accountId, ids, properties, raw } };
}

export function parseSetArgs(raw: JsonObject, limits: CoreLimits, resolveId: (id: string) => string): Parsed<SetArgs> {
  const accountId = accountIdOf(raw);
  const create: Record<string, JsonObject> = {};
  if (raw.create !== undefined && raw.create !== null) {
    if (!isPlainObject(raw.create)) return invalid('"create" must be an object mapping creation ids to objects.');
    for (const [cid, value] of Object.entries(raw.create)) {
      if (!isPlainObject(value)) return invalid(`"create/${cid}" must be an object.`);
      create[cid] = value;
    }
  }
  const update: Record<string, JsonObject> = {};
  if (raw.update !== undefined && raw.update !== null) {
    if (!isPlainObject(raw.update)) return invalid('"update" must be an object mapping ids to patches.');
    for (const [id, patch] of Object.entries(raw.update)) {
      if (!isPlainObject(patch)) return invalid(`"update/${id}" must be a patch object.`);
      update[resolveId(id)] = patch;
    }
  }
  let destroy: string[] = [];
  if (raw.destroy !== undefined && raw.destroy !== null) {
    if (!isStringArray(raw.destroy)) return invalid('"destroy" must be an array of ids.');
    destroy = raw.destroy.map(resolveId);
  }
  const count = Object.keys(create).length + Object.keys(update).length + destroy.length;
  if (count > limits.maxObjectsInSet) {
    return { ok: false, error: { type: 'requestTooLarge', description: `At most ${limits.maxObjectsInSet} objects can be changed at once (maxObjectsInSet).` } };
  }
  return { ok: true, args: { accountId, ifInState: typeof raw.ifInState === 'string' ? raw.ifInState : null, create, update, destroy, raw } };
}

export function parseQueryArgs(raw: JsonObject): Parsed<QueryArgs> {
  const accountId = accountIdOf(raw);
  if (raw.filter !== undefined && raw.filter !== null && !isPlainObject(raw.filter)) return invalid('"filter" must be an object or null.');
  const sort: Comparator[] = [];
  if (raw.sort !== undefined && raw.sort !== null) {
    if (!Array.isArray(raw.sort)) return invalid('"sort" must be an array of comparators.');
    for (const c of raw.sort) {
      if (!isPlainObject(c) || typeof c.property !== 'string') return invalid('Each comparator must be an object with a string "property".');
      const extra = Object.keys(c).find((k) => !['property', 'isAscending', 'collation'].includes(k));
      if (extra) return invalid(`Unknown comparator property "${extra}".`);
      if (c.isAscending !== undefined && typeof c.isAscending !== 'boolean') return invalid('"isAscending" must be a boolean.');
      if (c.collation !== undefined && typeof c.collation !== 'string') return invalid('"collation" must be a string.');
      sort.push({ property: c.property, isAscending: c.isAscending !== false });
    }
  }
  if (raw.position !== undefined && raw.position !== null && !isInt(raw.position)) return invalid('"position" must be an integer.');
  if (raw.anchor !== undefined && raw.anchor !== null && typeof raw.anchor !== 'string') return invalid('"anchor" must be a string or null.');
  if (raw.anchorOffset !== undefined && raw.anchorOffset !== null && !isInt(raw.anchorOffset)) return invalid('"anchorOffset" must be an integer.');
  if (raw.limit !== undefined && raw.limit !== null && !(isInt(raw.limit) && raw.limit >= 0)) return invalid('"limit" must be a non-negative integer.');
  if (raw.calculateTotal !== undefined && raw.calculateTotal !== null && typeof raw.calculateTotal !== 'boolean') {
    return invalid('"calculateTotal" must be a boolean.');
  }
  return {
    ok: true,
    args: {
      accountId,
      filter: isPlainObject(raw.filter) ? raw.filter : null,
      sort,
      position: isInt(raw.position) ? raw.position : 0,
      anchor: typeof raw.anchor === 'string' ? raw.anchor : null,
      anchorOffset: isInt(raw.anchorOffset) ? raw.anchorOffset : 0,
      limit: isInt(raw.limit) ? raw.limit : null,
      calculateTotal: raw.calculateTotal === true,
      raw,
    },
  };
}
