// Wire schemas derived from the form-model schemas: the same fields, in the encodings they travel
// in (Set as {member: true}, Expression with its match list keyed by position). The model schema
// stays the one list of fields; this turns it into the wire shape, both as a type (z.infer) and
// as a zod schema that checks answers (types only: the server, not the console, enforces bounds).
import { z } from 'zod';
import type { ExpressionModel } from './field-builders';
import type { FieldDescriptor } from './field-descriptor';
import { describeFields } from './describe-fields';
import { wireExpressionSchema, wireSetSchema, type Id, type WireExpression, type WireSet } from './wire-types';

export type Simplify<T> = { [K in keyof T]: T[K] } & {};

type WireValue<V> = V extends ExpressionModel ? WireExpression : V extends readonly (infer E extends string)[] ? WireSet<E> : V;

/** A form model's type in wire form; server-set fields, optional in the model, are always sent. */
export type WireOf<M> = { [K in keyof M]-?: WireValue<Exclude<M[K], undefined>> };

/** Fields whose wire shape the model does not describe (nested results, recipients). */
export type WireOverrides = Record<string, z.ZodType>;

export type WireObject<S extends z.ZodObject, O extends WireOverrides = {}> = Simplify<
  { id: Id } & Omit<WireOf<z.infer<S>>, keyof O> & { [K in keyof O]: z.infer<O[K]> }
>;

/** Keys the model requires, i.e. every field that is not server-set. */
type ModelKeys<M> = { [K in keyof M]-?: {} extends Pick<M, K> ? never : K }[keyof M];

/** A create: the `required` fields plus any other field that is not server-set. */
export type CreateOf<S extends z.ZodObject, R extends string, O extends WireOverrides = {}> = Simplify<
  Pick<WireObject<S, O>, Extract<R, keyof WireObject<S, O>>> &
    Partial<Pick<WireObject<S, O>, Exclude<Extract<ModelKeys<z.infer<S>>, keyof WireObject<S, O>>, R>>>
>;

export interface VariantModel<T extends string = string, S extends z.ZodObject = z.ZodObject, R extends string = string> {
  type: T;
  label: string;
  model: S;
  /** Fields a create of this variant must give (the others have defaults or are optional). */
  required?: readonly R[];
}

type ModelOf<V extends VariantModel, T> = V extends { type: infer U; model: infer M extends z.ZodObject } ? (T extends U ? M : never) : never;
type RequiredOf<V extends VariantModel, T> = V extends { type: infer U; required: readonly (infer R)[] } ? (T extends U ? R : never) : never;

/** One wire object per variant, told apart by `@type`. */
export type VariantWire<V extends VariantModel> = {
  [T in V['type']]: Simplify<{ '@type': T } & WireObject<ModelOf<V, T>>>;
}[V['type']];

export type VariantCreate<V extends VariantModel> = {
  [T in V['type']]: Simplify<{ '@type': T } & CreateOf<ModelOf<V, T>, RequiredOf<V, T> & string>>;
}[V['type']];

/** The model's server-set fields (optional in the model: the console never sends them). */
export type ServerSetKeys<S extends z.ZodObject> = Exclude<keyof z.infer<S>, ModelKeys<z.infer<S>>>;

/** What an action answers in `created`: its server-set results plus the inputs it echoes. */
export type ResultOf<S extends z.ZodObject, O extends WireOverrides, E extends string = never> = Simplify<
  { id?: Id } & Pick<WireObject<S, O>, Extract<ServerSetKeys<S> | E, keyof WireObject<S, O>>>
>;

function wireField(field: FieldDescriptor): z.ZodType {
  const base = baseType(field);
  return field.nullable ? base.nullable() : base;
}

function baseType(field: FieldDescriptor): z.ZodType {
  switch (field.kind) {
    case 'boolean':
      return z.boolean();
    case 'integer':
    case 'unsignedInteger':
    case 'float':
    case 'size':
    case 'duration':
      return z.number();
    case 'set':
      return wireSetSchema;
    case 'expression':
      return wireExpressionSchema;
    case 'object':
    case 'map':
      return z.unknown();
    default:
      // Strings, and enums: a newer server may add members, which the screens show as they come.
      return z.string();
  }
}

function wireShape(model: z.ZodObject, overrides: WireOverrides): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = { id: z.string() };
  for (const f of describeFields(model)) shape[f.name] = overrides[f.name] ?? wireField(f);
  return shape;
}

/** The wire schema of a single-shape object. */
export function wireObjectSchema<S extends z.ZodObject, O extends WireOverrides = {}>(
  model: S,
  overrides: O = {} as O,
): z.ZodType<WireObject<S, O>> {
  return z.object(wireShape(model, overrides)) as unknown as z.ZodType<WireObject<S, O>>;
}

/** The wire schema of a multi-variant object: one object per variant, keyed by `@type`. */
export function wireVariantsSchema<V extends VariantModel>(variants: readonly V[]): z.ZodType<VariantWire<V>> {
  const options = variants.map((v) => z.object({ ...wireShape(v.model, {}), '@type': z.literal(v.type) }));
  return z.discriminatedUnion('@type', options as unknown as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<VariantWire<V>>;
}

/** The create schema: `required` fields required, every other field that is not server-set optional. */
export function createSchema<S extends z.ZodObject, R extends string, O extends WireOverrides = {}>(
  model: S,
  required: readonly R[],
  overrides: O = {} as O,
): z.ZodType<CreateOf<S, R, O>> {
  const shape: Record<string, z.ZodType> = {};
  for (const f of describeFields(model)) {
    if (f.update === 'serverSet') continue;
    const type = overrides[f.name] ?? wireField(f);
    shape[f.name] = (required as readonly string[]).includes(f.name) ? type : type.optional();
  }
  return z.object(shape) as unknown as z.ZodType<CreateOf<S, R, O>>;
}

/** Per-variant create schemas, keyed by `@type`. */
export function variantCreateSchema<V extends VariantModel>(variants: readonly V[]): z.ZodType<VariantCreate<V>> {
  const options = variants.map((v) => (createSchema(v.model, v.required ?? []) as unknown as z.ZodObject).extend({ '@type': z.literal(v.type) }));
  return z.discriminatedUnion('@type', options as unknown as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<VariantCreate<V>>;
}

/** The schema of an action's `created` answer: server-set fields and the echoed inputs. */
export function resultSchema<S extends z.ZodObject, O extends WireOverrides, E extends string = never>(
  model: S,
  overrides: O,
  echoed: readonly E[] = [],
): z.ZodType<ResultOf<S, O, E>> {
  const shape: Record<string, z.ZodType> = { id: z.string().optional() };
  for (const f of describeFields(model)) {
    if (f.update === 'serverSet' || (echoed as readonly string[]).includes(f.name)) shape[f.name] = overrides[f.name] ?? wireField(f);
  }
  return z.object(shape) as unknown as z.ZodType<ResultOf<S, O, E>>;
}
