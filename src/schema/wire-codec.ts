// The one place where wire encodings meet the form model:
// Set {"m": true} <-> ["m"], List {"0": x} <-> [x], Expression match object <-> rows.
import type { FieldDescriptor } from './field-descriptor';
import type { ExpressionModel } from './field-builders';

import type { WireExpression } from './wire-types';

export type { WireExpression };

export function listToArray<T>(list: Record<string, T> | null | undefined): T[] {
  if (!list) return [];
  return Object.keys(list)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => list[k]);
}

export function arrayToList<T>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item, i) => [String(i), item]));
}

export function setToArray(set: Partial<Record<string, boolean>> | null | undefined): string[] {
  return set ? Object.keys(set).filter((k) => set[k] === true) : [];
}

export function arrayToSet(items: readonly string[]): Record<string, true> {
  return Object.fromEntries(items.map((item) => [item, true as const]));
}

export function expressionFromWire(wire: WireExpression | null | undefined): ExpressionModel {
  return { match: listToArray(wire?.match).map((m) => ({ if: m.if, then: m.then })), else: wire?.else ?? '' };
}

export function expressionToWire(model: ExpressionModel): WireExpression {
  // The server omits an empty match list; so do we, so that unchanged values compare equal.
  return model.match.length > 0 ? { match: arrayToList(model.match), else: model.else } : { else: model.else };
}

type Shape = Pick<FieldDescriptor, 'kind'>;

export function toWireValue(field: Shape, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (field.kind === 'set') return arrayToSet(value as string[]);
  if (field.kind === 'expression') return expressionToWire(value as ExpressionModel);
  return value;
}

export function fromWireValue(field: Shape, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (field.kind === 'set') return setToArray(value as Record<string, boolean>);
  if (field.kind === 'expression') return expressionFromWire(value as WireExpression);
  return value;
}

/** Wire object -> form model, for the described fields only. */
export function fromWireObject(fields: readonly FieldDescriptor[], wire: Record<string, unknown>): Record<string, unknown> {
  const model: Record<string, unknown> = {};
  for (const f of fields) {
    const value = f.name in wire ? wire[f.name] : f.defaultValue;
    model[f.name] = fromWireValue(f, value);
  }
  return model;
}

/** Form model -> full wire object for a create, without server-set fields. */
export function toWireCreate(fields: readonly FieldDescriptor[], model: Record<string, unknown>): Record<string, unknown> {
  const wire: Record<string, unknown> = {};
  for (const f of fields) {
    const value = clearedToNull(f, model[f.name]);
    if (f.update === 'serverSet' || value === undefined || (value === null && f.nullable)) continue;
    wire[f.name] = toWireValue(f, value);
  }
  return wire;
}

/**
 * A JMAP patch holding only what changed between two form models. Sets change member by member
 * ("stages/rcpt": true), so a concurrent edit of another member is not overwritten.
 */
export function toWirePatch(
  fields: readonly FieldDescriptor[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.update !== 'mutable') continue;
    const a = toWireValue(f, clearedToNull(f, before[f.name]));
    const b = toWireValue(f, clearedToNull(f, after[f.name]));
    if (jsonEqual(a, b)) continue;
    if (f.kind === 'set' && a && b) {
      const was = a as Record<string, true>;
      const now = b as Record<string, true>;
      for (const m of Object.keys(now)) if (!was[m]) patch[`${f.name}/${escapePointer(m)}`] = true;
      for (const m of Object.keys(was)) if (!now[m]) patch[`${f.name}/${escapePointer(m)}`] = null;
      continue;
    }
    patch[f.name] = b === undefined ? null : b;
  }
  return patch;
}

/**
 * A nullable text field left blank is "not set": the server refuses "" for a string property
 * (invalidPatch), and clears it with null.
 */
export function clearedToNull(field: Pick<FieldDescriptor, 'kind' | 'nullable'>, value: unknown): unknown {
  const textLike = field.kind === 'string' || field.kind === 'text' || field.kind === 'uri' || field.kind === 'emailAddress' || field.kind === 'ipAddress';
  return field.nullable && textLike && typeof value === 'string' && value.trim() === '' ? null : value;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`)
    .join(',')}}`;
}
