// The one typed map of JMAP methods the console calls: method name -> arguments and response.
// Standard /get, /set, /query shapes follow RFC 8620 §5 as Stalwart 0.16 implements them (spec §2).

import type { z } from 'zod';
import type { Catalog, ObjectName } from '../catalog';
import type { IndexFilter } from '../schema/define-object';
import type { Id } from '../schema/wire-types';
import type { SetError } from './errors';

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

// ---- The method map, read off the catalog ------------------------------------------------------

interface Method<A, R> {
  args: A;
  response: R;
}

type WireFor<T extends ObjectName> = z.infer<Catalog[T]['wire']>;
type CreateFor<T extends ObjectName> = Catalog[T] extends { create: z.ZodType<infer C> } ? C : never;
type CreatedFor<T extends ObjectName> = Catalog[T] extends { created: z.ZodType<infer R> } ? R : { id: Id };
/** Filter conditions are the object's indexed properties, compared exactly (the queue's dates by range). */
type FilterFor<T extends ObjectName> = IndexFilter<Catalog[T]>;
type SortFor<T extends ObjectName> = Catalog[T]['indexes']['sorts'][number];

/** Actions are create-only: update and destroy are refused by the server, so they are not typed. */
export interface CreateOnlySetArgs<C> {
  accountId?: Id;
  create: Record<string, C>;
}

/** The methods each kind of object has: singletons have no /query, create-only objects only /set. */
type OpsOf<T extends ObjectName> = {
  plain: 'get' | 'set' | 'query';
  multiVariant: 'get' | 'set' | 'query';
  queue: 'get' | 'set' | 'query';
  singleton: 'get' | 'set';
  createOnly: 'set';
}[Catalog[T]['kind']];

type MethodFor<T extends ObjectName, Op extends string> = Op extends 'get'
  ? Method<GetArgs<KeysOfUnion<WireFor<T>>>, GetResponse<WireFor<T>>>
  : Op extends 'query'
    ? Method<QueryArgs<FilterFor<T>, SortFor<T>>, QueryResponse>
    : Catalog[T]['kind'] extends 'createOnly'
      ? Method<CreateOnlySetArgs<CreateFor<T>>, SetResponse<never, CreatedFor<T>>>
      : Method<SetArgs<WireFor<T>, CreateFor<T>>, SetResponse<WireFor<T>>>;

type CatalogMethodName = { [T in ObjectName]: `${T}/${OpsOf<T>}` }[ObjectName];

export type JmapMethods = {
  [M in CatalogMethodName]: M extends `${infer T extends ObjectName}/${infer Op}` ? MethodFor<T, Op> : never;
} & {
  'Core/echo': Method<Record<string, unknown>, Record<string, unknown>>;
};

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
