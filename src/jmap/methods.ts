// The one typed map of JMAP methods the console calls: method name -> arguments and response.
// Standard /get, /set, /query shapes follow RFC 8620 §5 as Stalwart 0.16 implements them (spec §2).

import type { ActionCreate, ActionCreated } from '../schema/action';
import type { SetError } from './errors';
import type {
  Id,
  MtaMilter,
  MtaMilterCreate,
  QueuedMessage,
  QueuedMessageFilter,
  SpamRule,
  SpamRuleCreate,
  SpamRuleFilter,
  SpamSettings,
} from './object-types';

// ---- Helpers over multi-variant (union) objects ------------------------------------------------

export type KeysOfUnion<T> = T extends unknown ? keyof T & string : never;
type ValueOfUnion<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/** `Pick` applied to each variant, so `@type` stays a discriminant. */
export type PickUnion<T, K extends PropertyKey> = T extends unknown ? Pick<T, Extract<K, keyof T>> : never;

// ---- /get ---------------------------------------------------------------------------------------

export interface GetArgs<P extends string = string> {
  /** Filled in by the client when absent. */
  accountId?: Id;
  /** `null` returns all objects (up to maxObjectsInGet); singletons use ["singleton"]. */
  ids?: readonly Id[] | null;
  /** `id` is always returned. */
  properties?: readonly P[] | null;
}

export interface GetResponse<T> {
  accountId: Id;
  /** Stalwart's registry does not track state; do not rely on it. */
  state?: string | null;
  list: T[];
  notFound: Id[];
}

// ---- /set ---------------------------------------------------------------------------------------

/**
 * An update patch: top-level properties with their types, or JSON-pointer paths
 * ("stages/rcpt", "recipients/a@b.c/status", "match/0/if") whose value `null` removes an entry.
 */
export type PatchObject<T> = { [K in Exclude<KeysOfUnion<T>, 'id'>]?: ValueOfUnion<T, K> } & {
  [path: `${string}/${string}`]: unknown;
};

export interface SetArgs<T, C = never> {
  accountId?: Id;
  ifInState?: string | null;
  create?: Record<string, C>;
  update?: Record<Id, PatchObject<T>>;
  destroy?: readonly Id[];
}

/** `created[clientId]` holds the new id plus the server-set and defaulted properties. */
export interface SetResponse<T, Created = { id: Id } & Partial<T>> {
  accountId: Id;
  oldState?: string | null;
  newState?: string | null;
  created?: Record<string, Created> | null;
  /** `null` per id when the server changed nothing beyond the patch. */
  updated?: Record<Id, Partial<T> | null> | null;
  destroyed?: Id[] | null;
  notCreated?: Record<string, SetError> | null;
  notUpdated?: Record<Id, SetError> | null;
  notDestroyed?: Record<Id, SetError> | null;
}

// ---- /query -------------------------------------------------------------------------------------

export interface Comparator<S extends string = string> {
  property: S;
  isAscending?: boolean;
  collation?: string;
}

export interface QueryArgs<F = Record<string, unknown>, S extends string = string> {
  accountId?: Id;
  /** A flat AND of conditions; OR/NOT is refused by the server. */
  filter?: F | null;
  /** Only the first comparator is used. */
  sort?: readonly Comparator<S>[] | null;
  position?: number;
  anchor?: Id | null;
  anchorOffset?: number;
  limit?: number | null;
  calculateTotal?: boolean;
}

export interface QueryResponse {
  accountId: Id;
  queryState?: string;
  canCalculateChanges?: boolean;
  position: number;
  ids: Id[];
  total?: number;
  /** Present when the server capped the requested limit. */
  limit?: number | null;
}

// ---- The method map -----------------------------------------------------------------------------

interface Method<A, R> {
  args: A;
  response: R;
}

/** Actions are create-only: update and destroy are refused by the server, so they are not typed. */
export interface ActionSetArgs {
  accountId?: Id;
  create: Record<string, ActionCreate>;
}

type NoFilter = Record<string, never>;

export interface JmapMethods {
  'x:MtaMilter/get': Method<GetArgs<KeysOfUnion<MtaMilter>>, GetResponse<MtaMilter>>;
  'x:MtaMilter/set': Method<SetArgs<MtaMilter, MtaMilterCreate>, SetResponse<MtaMilter>>;
  'x:MtaMilter/query': Method<QueryArgs<NoFilter, 'id'>, QueryResponse>;

  'x:SpamRule/get': Method<GetArgs<KeysOfUnion<SpamRule>>, GetResponse<SpamRule>>;
  'x:SpamRule/set': Method<SetArgs<SpamRule, SpamRuleCreate>, SetResponse<SpamRule>>;
  // Sorting by a property that is not indexed (priority, enable) is unsupportedSort on a real server.
  'x:SpamRule/query': Method<QueryArgs<SpamRuleFilter, 'id' | 'name'>, QueryResponse>;

  'x:SpamSettings/get': Method<GetArgs<KeysOfUnion<SpamSettings>>, GetResponse<SpamSettings>>;
  'x:SpamSettings/set': Method<SetArgs<SpamSettings>, SetResponse<SpamSettings>>;

  'x:QueuedMessage/get': Method<GetArgs<KeysOfUnion<QueuedMessage>>, GetResponse<QueuedMessage>>;
  // Create is always refused ("Queued messages cannot be created").
  'x:QueuedMessage/set': Method<SetArgs<QueuedMessage>, SetResponse<QueuedMessage>>;
  'x:QueuedMessage/query': Method<QueryArgs<QueuedMessageFilter, 'due'>, QueryResponse>;

  'x:Action/set': Method<ActionSetArgs, SetResponse<never, ActionCreated>>;

  'Core/echo': Method<Record<string, unknown>, Record<string, unknown>>;
}

export type MethodName = keyof JmapMethods;
export type ArgsOf<M extends MethodName> = JmapMethods[M]['args'];
export type ResponseOf<M extends MethodName> = JmapMethods[M]['response'];

/** Object type names that have a given method, e.g. TypesWith<'query'> = 'x:SpamRule' | … */
export type TypesWith<Op extends string> = {
  [M in MethodName]: M extends `${infer T}/${Op}` ? T : never;
}[MethodName];

export type MethodOf<T extends string, Op extends string> = Extract<`${T}/${Op}`, MethodName>;

/** The objects a /get of type T returns. */
export type ObjectOf<T extends TypesWith<'get'>> =
  ResponseOf<MethodOf<T, 'get'>> extends GetResponse<infer O> ? O : never;

export type PatchOf<T extends TypesWith<'set'>> =
  ArgsOf<MethodOf<T, 'set'>> extends { update?: Record<Id, infer P> } ? P : never;
export type FilterOf<T extends TypesWith<'query'>> = NonNullable<ArgsOf<MethodOf<T, 'query'>>['filter']>;
export type SortOf<T extends TypesWith<'query'>> = NonNullable<ArgsOf<MethodOf<T, 'query'>>['sort']>;

/**
 * The response for specific arguments: a /get with `properties` returns only those keys (plus id),
 * so the type says so.
 */
export type ResponseFor<M extends MethodName, A> =
  ResponseOf<M> extends GetResponse<infer T>
    ? A extends { properties: readonly (infer P)[] }
      ? GetResponse<PickUnion<T, Extract<P, KeysOfUnion<T>> | 'id'>>
      : ResponseOf<M>
    : ResponseOf<M>;
