// How "no value" is written per kind: null for nullable fields, and what a widget starts from when
// a nullable field is switched back on without a remembered value.
import type { FieldDescriptor } from '../schema/field-descriptor';
import { fromWireValue } from '../schema/wire-codec';

const TEXT_LIKE = new Set(['string', 'text', 'uri', 'emailAddress', 'ipAddress', 'utcDateTime']);

/** Text-like kinds treat an empty input as "not set" instead of needing a separate checkbox. */
export function isTextLike(kind: string): boolean {
  return TEXT_LIKE.has(kind);
}

/** "" (or only spaces) in a nullable text-like field means null; everything else passes unchanged. */
export function emptyToNull(field: Pick<FieldDescriptor, 'kind' | 'nullable'>, value: unknown): unknown {
  if (field.nullable && isTextLike(field.kind) && typeof value === 'string' && value.trim() === '') return null;
  return value;
}

/** Starting value when a "Not set" field is switched on: its non-null default, else a blank of its kind. */
export function blankValueFor(field: FieldDescriptor): unknown {
  if (field.defaultValue !== null && field.defaultValue !== undefined) return fromWireValue(field, field.defaultValue);
  switch (field.kind) {
    case 'boolean':
      return false;
    case 'enum':
      return field.options?.[0]?.value ?? '';
    case 'set':
      return [];
    case 'expression':
      return { match: [], else: '' };
    case 'integer':
    case 'unsignedInteger':
    case 'float':
    case 'size':
    case 'duration':
      // Empty input: submitting it says "Enter a number" rather than inventing an amount.
      return Number.NaN;
    default:
      return '';
  }
}

/** The value to restore when "Not set" is unchecked: the last one the person had, else a blank. */
export function restoreValue(field: FieldDescriptor, last: unknown): unknown {
  return last === null || last === undefined ? blankValueFor(field) : last;
}
