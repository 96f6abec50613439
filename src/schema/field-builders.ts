// Small builders that pair a zod type (the form model) with the field metadata the
// describer and the form engine read back through z.toJSONSchema. Nothing here reads zod internals.
import { z } from 'zod';
import type { EnumOption, UpdateMode, WireKind } from './field-descriptor';
import { formatDurationBound, formatSizeBound } from './units';
import type { StringRewrite } from './stored-form';

export interface FieldMeta {
  label: string;
  description?: string;
  section?: string;
  placeholder?: string;
  update?: UpdateMode;
  /** Default in model form (arrays for sets, rows for expressions); converted to wire form by the describer. */
  default?: unknown;
  widget?: string;
  enterprise?: boolean;
  /** How the server rewrites the string before storing it. */
  rewrites?: readonly StringRewrite[];
}

interface Options {
  nullable?: boolean;
}

// The zod type a builder returns says what its options did, so that z.infer of a model (and the
// wire types derived from it) knows which fields are nullable and which are server-set.
type Nullable<T extends z.ZodType, O> = O extends { nullable: true } ? z.ZodNullable<T> : T;
export type Finished<T extends z.ZodType, M, O> = M extends { update: 'serverSet' } ? z.ZodOptional<Nullable<T, O>> : Nullable<T, O>;

function finish<T extends z.ZodType, M extends FieldMeta, O extends Options>(type: T, kind: WireKind, meta: M, extra: Record<string, unknown>, options: O): Finished<T, M, O> {
  const base = options.nullable ? type.nullable() : type;
  // Server-set fields are shown, never sent: the form model may lack them.
  const shaped = meta.update === 'serverSet' ? base.optional() : base;
  const described: FieldMeta = meta;
  return shaped.meta({ ...described, kind, update: meta.update ?? 'mutable', ...extra }) as Finished<T, M, O>;
}

export const field = {
  string: <const M extends FieldMeta, const O extends Options & { maxLength?: number; allowEmpty?: boolean } = {}>(meta: M, options: O = {} as O) => {
    let type = options.allowEmpty ? z.string().trim() : z.string().trim().min(1, 'This field is required');
    if (options.maxLength) type = type.max(options.maxLength, `At most ${options.maxLength} characters`);
    return finish(type, 'string', meta, {}, options);
  },
  /** Multi-line text, kept exactly as typed (raw messages must not be trimmed). */
  text: <const M extends FieldMeta, const O extends Options & { required?: boolean } = {}>(meta: M, options: O = {} as O) =>
    finish(options.required ? z.string().min(1, 'This field is required') : z.string(), 'text', meta, {}, options),
  uri: <const M extends FieldMeta, const O extends Options = {}>(meta: M, options: O = {} as O) =>
    finish(z.url({ message: 'Enter a full URL such as https://example.com/rules.json' }), 'uri', meta, {}, options),
  emailAddress: <const M extends FieldMeta, const O extends Options = {}>(meta: M, options: O = {} as O) =>
    finish(z.email({ message: 'Enter an e-mail address such as user@example.com' }), 'emailAddress', meta, {}, options),
  ipAddress: <const M extends FieldMeta, const O extends Options = {}>(meta: M, options: O = {} as O) =>
    finish(
      z.union([z.ipv4(), z.ipv6()], { message: 'Enter an IPv4 or IPv6 address such as 192.0.2.10' }),
      'ipAddress',
      meta,
      {},
      options,
    ),
  boolean: <const M extends FieldMeta, const O extends Options = {}>(meta: M, options: O = {} as O) => finish(z.boolean(), 'boolean', meta, {}, options),
  integer: <const M extends FieldMeta, const O extends Options = {}>(meta: M, range: { min?: number; max?: number } = {}, options: O = {} as O) =>
    finish(bounded(z.number().int('Enter a whole number'), range), 'integer', meta, {}, options),
  unsignedInteger: <const M extends FieldMeta, const O extends Options = {}>(meta: M, range: { min?: number; max?: number; consoleMax?: number } = {}, options: O = {} as O) => {
    const type = bounded(z.number().int('Enter a whole number'), { min: range.min ?? 0, max: range.max });
    return finish(consoleBound(type, range.consoleMax, String), 'unsignedInteger', meta, consoleMeta(range.consoleMax), options);
  },
  float: <const M extends FieldMeta, const O extends Options = {}>(meta: M, range: { min?: number; max?: number } = {}, options: O = {} as O) =>
    finish(bounded(z.number(), range), 'float', meta, {}, options),
  /**
   * Integer milliseconds, strictly positive (the server refuses 0). The server holds a u64; the
   * browser sends exact integers only up to 2^53 - 1, so that is the default ceiling.
   */
  duration: <const M extends FieldMeta, const O extends Options & { consoleMax?: number } = {}>(meta: M, options: O = {} as O) => {
    const max = Number.MAX_SAFE_INTEGER;
    // The bound first: for an absurd amount, "at most …" says more than "whole number".
    const type = z.number().max(max, `Must be at most ${formatDurationBound(max)}`).int('Enter a whole number of milliseconds');
    const checked = consoleBound(type.positive('Enter a duration greater than zero'), options.consoleMax, formatDurationBound);
    return finish(checked, 'duration', meta, consoleMeta(options.consoleMax), options);
  },
  /** Integer bytes, with the same 2^53 - 1 ceiling as durations. */
  size: <const M extends FieldMeta, const O extends Options & { consoleMax?: number } = {}>(meta: M, options: O = {} as O) => {
    const max = Number.MAX_SAFE_INTEGER;
    const type = z.number().max(max, `Must be at most ${formatSizeBound(max)}`).int('Enter a whole number of bytes');
    const checked = consoleBound(type.nonnegative('A size cannot be negative'), options.consoleMax, formatSizeBound);
    return finish(checked, 'size', meta, consoleMeta(options.consoleMax), options);
  },
  utcDateTime: <const M extends FieldMeta, const O extends Options = {}>(meta: M, options: O = {} as O) => finish(z.string(), 'utcDateTime', meta, {}, options),
  enumeration: <const M extends FieldMeta, const O extends Options = {}>(meta: M, options: readonly EnumOption[], fieldOptions: O = {} as O) =>
    finish(
      z.enum(options.map((o) => o.value) as [string, ...string[]], { message: 'Choose one of the listed values' }),
      'enum',
      meta,
      { options },
      fieldOptions,
    ),
  /** A Set of enum members: a list in the form model, {"member": true} on the wire. */
  enumSet: <const M extends FieldMeta>(meta: M, options: readonly EnumOption[], minItems = 0) =>
    finish(
      z
        .array(z.enum(options.map((o) => o.value) as [string, ...string[]]))
        .min(minItems, `Choose at least ${minItems}`),
      'set',
      meta,
      { options, itemKind: 'enum' },
      {},
    ),
  /** A Set of free strings (e-mail addresses, host names). */
  stringSet: <const M extends FieldMeta>(meta: M, itemKind: WireKind = 'string', minItems = 0) =>
    finish(
      z
        .array(itemKind === 'emailAddress' ? z.email({ message: 'Enter e-mail addresses such as user@example.com' }) : z.string().min(1))
        .min(minItems, `Enter at least ${minItems}`),
      'set',
      meta,
      { itemKind },
      {},
    ),
  expression: <const M extends FieldMeta & { context: string }>(meta: M) => {
    const { context, ...rest } = meta;
    return finish(expressionModel, 'expression', rest, { expressionContext: context }, {});
  },
  /** Nested objects and maps the form engine does not edit generically (results, recipients). */
  object: <const M extends FieldMeta>(meta: M, kind: 'object' | 'map' = 'object') => finish(z.unknown(), kind, meta, {}, {}),
};

/**
 * A ceiling checked by the form only: a refinement, which z.toJSONSchema leaves out, so the
 * descriptors' min/max (what the sandbox enforces, as the server does) do not carry it.
 */
function consoleBound(type: z.ZodNumber, max: number | undefined, format: (n: number) => string): z.ZodNumber {
  return max === undefined ? type : type.refine((v) => v <= max, `Must be at most ${format(max)}`);
}

const consoleMeta = (max: number | undefined) => (max === undefined ? {} : { consoleMax: max });

function bounded(type: z.ZodNumber, range: { min?: number; max?: number }) {
  let t = type;
  if (range.min !== undefined) t = t.min(range.min, `Must be at least ${range.min}`);
  if (range.max !== undefined) t = t.max(range.max, `Must be at most ${range.max}`);
  return t;
}

/** The form model of an Expression: rows of if/then, then the else value. */
export const expressionModel = z.object({
  match: z.array(
    z.object({
      if: z.string().trim().min(1, 'Enter a condition'),
      then: z.string().trim().min(1, 'Enter a result'),
    }),
  ),
  else: z.string().trim().min(1, 'The else value is required'),
});
export type ExpressionModel = z.infer<typeof expressionModel>;
