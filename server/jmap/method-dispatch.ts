// Routes one method call: Core/echo, Blob/get, or x:<Object>/get|set|query with the standard
// argument checks and the permission and account checks. Like a real Stalwart, registry objects
// keep no state: /get has no state, /set no oldState/newState.
import { catalogEntry } from '../objects/catalog-lookup';
import { ownValue, setOwn } from '../objects/own-keys';
import { setError } from '../objects/set-errors';
import { blobGet } from './blob-get';
import { isWellFormedId, isWellFormedState, resolveAccount, selectProperties, setRefusal } from './call-guards';
import { CORE } from './capabilities';
import type { JsonObject, MethodContext, MethodOutcome, ObjectHandlers } from './method-types';
import { paginate } from './paginate';
import { parseGetArgs, parseQueryArgs, parseSetArgs } from './standard-args';

export interface DispatchEnv extends Omit<MethodContext, 'objectName' | 'helpers' | 'accountId'> {
  using: ReadonlySet<string>;
  /** Creation id -> id, shared by the whole request (RFC 8620 §3.3 createdIds). */
  createdIds: Record<string, string>;
  now: Date;
  /** Built-in handlers of this sandbox instance, by object name. */
  builtins: ReadonlyMap<string, ObjectHandlers>;
}

const fail = (type: string, description: string): MethodOutcome => ({ ok: false, error: { type, description } });

const METHOD = /^(x:[A-Za-z][A-Za-z0-9]*)\/(get|set|query)$/;

export async function dispatchMethod(name: string, args: JsonObject, env: DispatchEnv): Promise<MethodOutcome> {
  if (name === 'Core/echo') {
    return env.using.has(CORE) ? { ok: true, result: args } : fail('unknownMethod', 'Capability urn:ietf:params:jmap:core is not in "using".');
  }
  if (name === 'Blob/get') return blobGet(args, env);
  const match = METHOD.exec(name);
  const entry = match ? catalogEntry(match[1]) : undefined;
  // Singletons have no /query on a real server: the method name itself does not parse.
  if (!match || !entry || (entry.kind === 'singleton' && match[2] === 'query')) return fail('unknownMethod', `Unknown method ${name}.`);
  // `x:` methods belong to urn:stalwart:jmap, which the server never asks to see in "using".
  const handlers = env.builtins.get(entry.name);
  if (!handlers) return fail('serverUnavailable', `${entry.name} is not available in this sandbox build.`);

  // Creation ids are user data: only own entries count ("#toString" is not a creation id).
  const createdId = (id: string): string | undefined => (id.startsWith('#') ? (ownValue(env.createdIds, id.slice(1)) as string | undefined) : id);
  const resolveId = (id: string) => createdId(id) ?? id;
  const ctx = (accountId: string): MethodContext => ({
    accountId,
    user: env.user,
    db: env.db,
    limits: env.limits,
    objectName: entry.name,
    helpers: {
      now: () => env.now,
      hasPermission: (p) => env.user.permissions.has(p),
      resolveId,
      paginate,
      setError: (type, description, extra) => setError(type, description, extra),
    },
  });
  const has = (permission: string) => env.user.permissions.has(permission);
  const prefix = entry.permissionPrefix;
  // The permission is checked first, then the account (jmap/src/api/request.rs).
  const method = match[2] as 'get' | 'set' | 'query';
  const refusal = method === 'set' ? setRefusal(entry, args, has) : has(`${prefix}${method === 'get' ? 'Get' : 'Query'}`) ? null : FORBIDDEN;
  if (refusal) return { ok: false, error: refusal };
  const account = resolveAccount(args.accountId, env.user);
  if (!account.ok) return account;
  const accountId = account.accountId;

  switch (method) {
    case 'get': {
      const parsed = parseGetArgs(args, env.limits, createdId);
      if (!parsed.ok) return parsed;
      const properties = selectProperties(entry, parsed.args.properties);
      const outcome = await handlers.get({ ...parsed.args, accountId, properties }, ctx(accountId));
      if (!outcome.ok) return outcome;
      return { ok: true, result: { accountId, ...withoutKeys(outcome.result, ['accountId', 'state']) } };
    }
    case 'query': {
      const parsed = parseQueryArgs(args);
      if (!parsed.ok) return parsed;
      const outcome = await handlers.query({ ...parsed.args, accountId }, ctx(accountId));
      if (!outcome.ok) return outcome;
      return {
        ok: true,
        result: {
          accountId,
          // A registry query always answers the initial state and claims it can calculate changes.
          queryState: 'n',
          canCalculateChanges: true,
          ...withoutKeys(outcome.result, ['accountId', 'queryState', 'canCalculateChanges']),
        },
      };
    }
    case 'set': {
      // A well-formed ifInState is never compared: the registry keeps no state.
      if (!isWellFormedState(args.ifInState)) return fail('invalidArguments', 'Invalid state in "ifInState".');
      const parsed = parseSetArgs(args, env.limits, createdId);
      if (!parsed.ok) return parsed;
      // Unknown creation references and ids that do not parse are dropped from destroy.
      const destroy = parsed.args.destroy.filter((id) => !id.startsWith('#') && isWellFormedId(id));
      const outcome = await handlers.set({ ...parsed.args, accountId, destroy }, ctx(accountId));
      if (!outcome.ok) return outcome;
      const result = outcome.result;
      const created = (result.created ?? {}) as Record<string, JsonObject>;
      for (const [cid, object] of Object.entries(created)) {
        if (typeof object?.id === 'string') setOwn(env.createdIds, cid, object.id);
      }
      return {
        ok: true,
        result: {
          accountId,
          created,
          updated: result.updated ?? {},
          destroyed: result.destroyed ?? [],
          notCreated: result.notCreated ?? {},
          notUpdated: result.notUpdated ?? {},
          notDestroyed: result.notDestroyed ?? {},
        },
      };
    }
  }
}

const FORBIDDEN = { type: 'forbidden', description: 'You are not authorized to perform this action' };

function withoutKeys(object: JsonObject, keys: string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([k]) => !keys.includes(k)));
}

