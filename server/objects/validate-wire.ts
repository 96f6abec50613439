// Decodes one field's wire value against its FieldDescriptor, the way the server's patch does
// (registry/src/jmap/patch.rs, types/*.rs): wrong JSON shapes and values that do not parse
// (an empty string, an IP address, an e-mail address, an enum value, a Set member) are
// invalidPatch at their path (stop at once); constraint violations are collected as
// validationErrors so that one validationFailed can report them all.
import { isIP } from 'node:net';
import type { FieldDescriptor, WireKind } from '../../src/schema/field-descriptor';
import type { JsonObject, SetError, ValidationError } from '../jmap/method-types';
import { INVALID_OBJECT, INVALID_PROPERTY, invalidPatch } from './set-errors';

export type Decoded = { ok: true; value: unknown; issues: ValidationError[] } | { ok: false; error: SetError };

const isPlainObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

const EMAIL = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export const INVALID_VALUE = 'Invalid value for property.';
const INVALID_KEY = 'Invalid key for object property';

const TYPE_MESSAGES: Partial<Record<WireKind, string>> = {
  string: INVALID_VALUE,
  text: INVALID_VALUE,
  uri: INVALID_VALUE,
  emailAddress: INVALID_VALUE,
  ipAddress: 'Invalid path for IpAddr, expected a string value',
  boolean: 'Invalid value for boolean property (expected true or false)',
  integer: 'Invalid value for integer property (expected integer)',
  unsignedInteger: 'Invalid value for unsigned integer property (expected non-negative integer)',
  float: 'Invalid value for float property (expected finite number)',
  size: 'Invalid size value',
  duration: 'Invalid duration value',
  utcDateTime: 'Invalid date-time value (expected RFC 3339)',
  enum: 'Invalid value for enum property (expected string)',
};

function typeError(kind: WireKind, path: string): { ok: false; error: SetError } {
  return { ok: false, error: invalidPatch(TYPE_MESSAGES[kind] ?? INVALID_OBJECT, path) };
}

/** Why a scalar the server parses (IPs, addresses, enum values) does not parse; null when it does. */
function scalarProblem(kind: WireKind | undefined, value: string, options?: FieldDescriptor['options']): string | null {
  switch (kind) {
    case 'ipAddress':
      return isIP(value) ? null : 'Failed to parse IpAddr from string';
    case 'emailAddress':
      return EMAIL.test(value) ? null : 'Invalid email address';
    case 'enum':
      return options && !options.some((o) => o.value === value) ? `Invalid value ${JSON.stringify(value)} for enum type.` : null;
    default:
      // A Uri is stored as a plain string: the server only trims it (schema/structs_impl.rs).
      return null;
  }
}

function rangeIssues(field: FieldDescriptor, value: number, path: string): ValidationError[] {
  if (field.min !== undefined && value < field.min) return [{ type: 'MinValue', property: path, required: field.min }];
  if (field.max !== undefined && value > field.max) return [{ type: 'MaxValue', property: path, required: field.max }];
  return [];
}

export function decodeField(field: FieldDescriptor, value: unknown, path: string = field.name): Decoded {
  if (value === null) return field.nullable ? { ok: true, value: null, issues: [] } : typeError(field.kind, path);
  switch (field.kind) {
    case 'string':
    case 'text':
    case 'uri':
    case 'emailAddress':
    case 'ipAddress': {
      if (typeof value !== 'string' || value === '') return typeError(field.kind, path);
      const problem = scalarProblem(field.kind, value);
      if (problem) return { ok: false, error: invalidPatch(problem, path) };
      const issues: ValidationError[] = [];
      if (field.maxLength !== undefined && value.length > field.maxLength) issues.push({ type: 'MaxLength', property: path, required: field.maxLength });
      return { ok: true, value, issues };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value, issues: [] } : typeError(field.kind, path);
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return typeError(field.kind, path);
      return { ok: true, value, issues: rangeIssues(field, value, path) };
    case 'unsignedInteger':
    case 'size':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return typeError(field.kind, path);
      return { ok: true, value, issues: rangeIssues(field, value, path) };
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) return typeError(field.kind, path);
      return { ok: true, value, issues: rangeIssues(field, value, path) };
    case 'duration':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) return typeError(field.kind, path);
      return { ok: true, value, issues: rangeIssues(field, value, path) };
    case 'utcDateTime': {
      if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) return typeError(field.kind, path);
      // Offsets are accepted on input; the server answers in UTC.
      return { ok: true, value: new Date(value).toISOString().replace(/\.000Z$/, 'Z'), issues: [] };
    }
    case 'enum': {
      if (typeof value !== 'string') return typeError(field.kind, path);
      const problem = scalarProblem('enum', value, field.options);
      return problem ? { ok: false, error: invalidPatch(problem, path) } : { ok: true, value, issues: [] };
    }
    case 'set':
      return decodeSet(field, value, path);
    case 'expression':
      return decodeExpression(value, path);
    case 'object':
    case 'map':
      return isPlainObject(value) ? { ok: true, value, issues: [] } : typeError(field.kind, path);
  }
}

function decodeSet(field: FieldDescriptor, value: unknown, path: string): Decoded {
  if (!isPlainObject(value)) return { ok: false, error: invalidPatch(INVALID_OBJECT, path) };
  const issues: ValidationError[] = [];
  const out: Record<string, true> = {};
  // A member that does not parse refuses the whole Set; one sent as false is dropped (types/map.rs).
  for (const [member, flag] of Object.entries(value)) {
    if (typeof flag !== 'boolean' || scalarProblem(field.itemKind, member, field.options) !== null) {
      return { ok: false, error: invalidPatch(INVALID_KEY, path) };
    }
    if (flag) out[member] = true;
  }
  if (field.minItems !== undefined && Object.keys(out).length < field.minItems) {
    issues.push({ type: 'MinLength', property: path, required: field.minItems });
  }
  return { ok: true, value: out, issues };
}

/** {"match": {"0": {"if", "then"}, ...}, "else"}: the List is renumbered 0..n-1 in key order. */
function decodeExpression(value: unknown, path: string): Decoded {
  if (!isPlainObject(value)) return { ok: false, error: invalidPatch(INVALID_OBJECT, path) };
  const issues: ValidationError[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'match' && key !== 'else') return { ok: false, error: invalidPatch(INVALID_PROPERTY, `${path}/${key}`) };
  }
  const out: { match?: Record<string, { if: string; then: string }>; else?: string } = {};
  if (value.match !== undefined && value.match !== null) {
    if (!isPlainObject(value.match)) return { ok: false, error: invalidPatch(INVALID_OBJECT, `${path}/match`) };
    const keys = Object.keys(value.match);
    const bad = keys.find((k) => !/^(0|[1-9][0-9]*)$/.test(k));
    if (bad !== undefined) return { ok: false, error: invalidPatch(INVALID_PROPERTY, `${path}/match/${bad}`) };
    const rows: Record<string, { if: string; then: string }> = {};
    keys
      .map(Number)
      .sort((a, b) => a - b)
      .forEach((k, position) => {
        rows[String(position)] = (value.match as JsonObject)[String(k)] as { if: string; then: string };
      });
    for (const [i, row] of Object.entries(rows)) {
      const rowPath = `${path}/match/${i}`;
      if (!isPlainObject(row)) return { ok: false, error: invalidPatch(INVALID_OBJECT, rowPath) };
      for (const key of Object.keys(row)) {
        if (key !== 'if' && key !== 'then') return { ok: false, error: invalidPatch(INVALID_PROPERTY, `${rowPath}/${key}`) };
      }
      for (const key of ['if', 'then'] as const) {
        if (row[key] !== undefined && (typeof row[key] !== 'string' || row[key] === '')) return typeError('string', `${rowPath}/${key}`);
      }
    }
    if (Object.keys(rows).length > 0) out.match = rows;
  }
  if (value.else !== undefined && value.else !== null && (typeof value.else !== 'string' || value.else === '')) return typeError('string', `${path}/else`);
  // A missing block inside a non-empty expression is the compiler's finding (expression-check.ts).
  if (typeof value.else === 'string') out.else = value.else;
  else if (!out.match) issues.push({ type: 'Required', property: `${path}/else` });
  return { ok: true, value: out, issues };
}
