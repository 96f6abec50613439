// Validates a created object or a patched one against field descriptors, fills defaults, and
// compiles expressions. The result is the complete stored form of the object.
import type { FieldDescriptor } from '../../src/schema/field-descriptor';
import type { JsonObject, SetError, ValidationError } from '../jmap/method-types';
import { applyPatch } from './apply-patch';
import { checkExpressions } from './expression-check';
import { INVALID_PROPERTY, READ_ONLY, invalidPatch, validationFailed } from './set-errors';
import { normaliseString } from './string-normalisers';
import { decodeField } from './validate-wire';

export type Validated = { ok: true; object: JsonObject; defaulted: string[] } | { ok: false; error: SetError };

const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Decodes every field of a full object, fills defaults, reports Required and constraint issues. */
function validateWhole(fields: readonly FieldDescriptor[], input: JsonObject, objectName: string): Validated {
  const object: JsonObject = {};
  const defaulted: string[] = [];
  const issues: ValidationError[] = [];
  for (const field of fields) {
    const value = input[field.name];
    if (value === undefined) {
      if (field.defaultValue !== undefined) {
        object[field.name] = structuredClone(field.defaultValue);
        defaulted.push(field.name);
      } else if (field.required) {
        issues.push({ type: 'Required', property: field.name });
      }
      continue;
    }
    const decoded = decodeField(field, value);
    if (!decoded.ok) return decoded;
    const normalised = normaliseString(objectName, field, decoded.value);
    if (!normalised.ok) return normalised;
    decoded.value = normalised.value;
    issues.push(...decoded.issues);
    object[field.name] = decoded.value;
  }
  // The server compiles expressions before the stored object's constraints are checked.
  const expressionError = checkExpressions(fields, object);
  if (expressionError) return { ok: false, error: expressionError };
  if (issues.length > 0) return { ok: false, error: validationFailed(issues) };
  return { ok: true, object, defaulted };
}

/** A new object; `@type` and other envelope keys are the caller's business and must be removed first. */
export function validateCreate(fields: readonly FieldDescriptor[], input: JsonObject, objectName: string): Validated {
  for (const key of Object.keys(input)) {
    if (key === 'id') return { ok: false, error: invalidPatch(READ_ONLY, key) };
    const field = fields.find((f) => f.name === key);
    if (!field) return { ok: false, error: invalidPatch(INVALID_PROPERTY, key) };
    if (field.update === 'serverSet') return { ok: false, error: invalidPatch(READ_ONLY, key) };
  }
  return validateWhole(fields, input, objectName);
}

/** Sets and maps are keyed by user data: the segment after their name is a member or key, not a property. */
function isKeyedField(fields: readonly FieldDescriptor[], name: string): boolean {
  const kind = fields.find((f) => f.name === name)?.kind;
  return kind === 'set' || kind === 'map';
}

/**
 * Applies a patch to the stored object and validates the whole result. Immutable and
 * server-set properties may be repeated unchanged but not changed.
 */
export function validateUpdate(fields: readonly FieldDescriptor[], stored: JsonObject, patch: JsonObject, objectName: string): Validated {
  const patched = applyPatch(stored, patch, (property, key, value) => {
    if (property === 'id') return invalidPatch(READ_ONLY, key);
    const field = fields.find((f) => f.name === property);
    if (!field) return invalidPatch(INVALID_PROPERTY, key);
    if (field.update !== 'mutable' && !(key === property && deepEqual(value, stored[property]))) return invalidPatch(READ_ONLY, key);
    return null;
  }, (tokens, index) => index === 1 && isKeyedField(fields, tokens[0]));
  if (!patched.ok) return patched;
  return validateWhole(fields, patched.value, objectName);
}
