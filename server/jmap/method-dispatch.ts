// Routes one method call: Core/echo, or x:<Object>/get|set|query with the standard argument
// checks, account and permission checks, ifInState, and the state bookkeeping of responses.
import type { CatalogEntry } from '../../src/schema/object-catalog';
import { catalogEntry } from '../objects/catalog-lookup';
import { ownValue, setOwn } from '../objects/own-keys';
import { setError } from '../objects/set-errors';
import { bumpTypeState, getTypeState } from '../store/type-state';
import { CORE, STALWART } from './capabilities';
import type { JsonObject, MethodContext, MethodOutcome, ObjectHandlers } from './method-types';
import { registeredObjectHandlers } from './object-registry';
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
  const match = METHOD.exec(name);
  const entry = match ? catalogEntry(match[1]) : undefined;
  if (!match || !entry) return fail('unknownMethod', `Unknown method ${name}.`);
  if (!env.using.has(CORE) || !env.using.has(STALWART)) {
    return fail('unknownMethod', `${name} needs capabilities ${CORE} and ${STALWART} in "using".`);
  }
  const handlers = registeredObjectHandlers(entry.name) ?? env.builtins.get(entry.name);
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
  const accountMismatch = (accountId: string) =>
    accountId !== env.user.accountId ? fail('accountNotFound', `Account ${accountId} does not exist or is not accessible.`) : null;
  const forbidden = (permission: string) =>
    env.user.permissions.has(permission) ? null : fail('forbidden', `Missing permission ${permission}.`);
  const prefix = entry.permissionPrefix;

  switch (match[2]) {
    case 'get': {
      const parsed = parseGetArgs(args, env.limits, createdId);
      if (!parsed.ok) return parsed;
      const refused = accountMismatch(parsed.args.accountId) ?? forbidden(`${prefix}Get`);
      if (refused) return refused;
      const outcome = await handlers.get(parsed.args, ctx(parsed.args.accountId));
      if (!outcome.ok) return outcome;
      return { ok: true, result: { accountId: parsed.args.accountId, state: getTypeState(env.db, entry.name), ...withoutKeys(outcome.result, ['accountId', 'state']) } };
    }
    case 'query': {
      const parsed = parseQueryArgs(args);
      if (!parsed.ok) return parsed;
      const refused = accountMismatch(parsed.args.accountId) ?? forbidden(`${prefix}${entry.kind === 'singleton' ? 'Get' : 'Query'}`);
      if (refused) return refused;
      const outcome = await handlers.query(parsed.args, ctx(parsed.args.accountId));
      if (!outcome.ok) return outcome;
      return {
        ok: true,
        result: {
          accountId: parsed.args.accountId,
          queryState: getTypeState(env.db, entry.name),
          canCalculateChanges: false,
          ...withoutKeys(outcome.result, ['accountId', 'queryState', 'canCalculateChanges']),
        },
      };
    }
    case 'set': {
      const parsed = parseSetArgs(args, env.limits, createdId);
      if (!parsed.ok) return parsed;
      const refused = accountMismatch(parsed.args.accountId) ?? setPermissionRefusal(entry, parsed.args, (p) => env.user.permissions.has(p));
      if (refused) return refused;
      const oldState = getTypeState(env.db, entry.name);
      if (parsed.args.ifInState !== null && parsed.args.ifInState !== oldState) {
        return fail('stateMismatch', `The state is ${oldState}, not ${parsed.args.ifInState}.`);
      }
      const outcome = await handlers.set(parsed.args, ctx(parsed.args.accountId));
      if (!outcome.ok) return outcome;
      const result = outcome.result;
      const created = (result.created ?? {}) as Record<string, JsonObject>;
      for (const [cid, object] of Object.entries(created)) {
        if (typeof object?.id === 'string') setOwn(env.createdIds, cid, object.id);
      }
      const changed =
        Object.keys(created).length > 0 ||
        Object.keys((result.updated ?? {}) as JsonObject).length > 0 ||
        ((result.destroyed ?? []) as unknown[]).length > 0;
      const newState = changed ? bumpTypeState(env.db, entry.name) : oldState;
      return {
        ok: true,
        result: {
          accountId: parsed.args.accountId,
          oldState,
          newState,
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
  return fail('unknownMethod', `Unknown method ${name}.`);
}

function withoutKeys(object: JsonObject, keys: string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([k]) => !keys.includes(k)));
}

/** /set needs the permission of each kind of operation present; singletons have no create/destroy to permit. */
function setPermissionRefusal(entry: CatalogEntry, args: { create: object; update: object; destroy: unknown[] }, has: (p: string) => boolean): MethodOutcome | null {
  const needed: string[] = [];
  const singleton = entry.kind === 'singleton';
  if (Object.keys(args.create).length > 0 && !singleton) needed.push('Create');
  if (Object.keys(args.update).length > 0) needed.push('Update');
  if (args.destroy.length > 0 && !singleton) needed.push('Destroy');
  const missing = needed.map((op) => `${entry.permissionPrefix}${op}`).find((p) => !has(p));
  return missing ? fail('forbidden', `Missing permission ${missing}.`) : null;
}
