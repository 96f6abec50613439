// Client validation with the object's own zod schema before anything is sent, as a react-hook-form
// resolver (no resolver package needed). Messages come from the schema; empty numbers get ours.
import type { z } from 'zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { emptyToNull } from './nullable-value';
import { ENTER_A_NUMBER, isNumberKind } from './number-text';
import { type FormErrors, issuesToErrors, pathErrorsWithin } from './zod-issues';
import { expressionFieldErrors } from '../expression/expression-field-problems';
import type { ExpressionModel } from '../schema/field-builders';

export type FormModel = Record<string, unknown>;

export type Validation = { ok: true; values: FormModel } | { ok: false; errors: FormErrors };

/** Nullable text fields left empty become null before validation and sending. */
export function normalizeModel(fields: readonly FieldDescriptor[], values: FormModel): FormModel {
  const out: FormModel = { ...values };
  for (const f of fields) if (f.name in out) out[f.name] = emptyToNull(f, out[f.name]);
  return out;
}

export function validateModel(schema: z.ZodObject, fields: readonly FieldDescriptor[], values: FormModel): Validation {
  const normalized = normalizeModel(fields, values);
  const parsed = schema.safeParse(normalized);
  const errors = parsed.success ? { fieldErrors: {}, pathErrors: {} } : issuesToErrors(parsed.error.issues);
  for (const f of fields) {
    const value = normalized[f.name];
    // zod would say "expected number, received NaN"; the person just left the box empty or typed letters.
    if (isNumberKind(f.kind) && typeof value === 'number' && Number.isNaN(value)) {
      errors.fieldErrors[f.name] = ENTER_A_NUMBER;
      errors.pathErrors[f.name] = ENTER_A_NUMBER;
    }
    // An expression that does not parse, or names what its context lacks, is never sent.
    if (f.kind === 'expression' && f.expressionContext && value != null) {
      for (const [path, message] of Object.entries(expressionFieldErrors(value as ExpressionModel, f.expressionContext))) {
        errors.pathErrors[`${f.name}/${path}`] ??= message;
        errors.fieldErrors[f.name] ??= message;
      }
    }
  }
  if (parsed.success && Object.keys(errors.fieldErrors).length === 0) return { ok: true, values: parsed.data as FormModel };
  return { ok: false, errors };
}

export interface FieldErrorOption {
  type: string;
  message: string;
  /** Path errors inside the field, keyed relative to it ("match/0/if"). */
  types: Record<string, string>;
}

/** One react-hook-form error per field, carrying its inner path errors in `types`. */
export function toFieldErrorOptions(errors: FormErrors, type: string): Record<string, FieldErrorOption> {
  const out: Record<string, FieldErrorOption> = {};
  for (const [name, message] of Object.entries(errors.fieldErrors)) {
    out[name] = { type, message, types: pathErrorsWithin(errors.pathErrors, name) };
  }
  return out;
}

export function schemaResolver(schema: z.ZodObject, fields: readonly FieldDescriptor[]): Resolver<FormModel> {
  return async (values) => {
    const result = validateModel(schema, fields, values);
    if (result.ok) return { values: result.values, errors: {} };
    const errors: Record<string, unknown> = toFieldErrorOptions(result.errors, 'validation');
    if (result.errors.formError) errors.root = { type: 'validation', message: result.errors.formError };
    return { values: {}, errors: errors as FieldErrors<FormModel> };
  };
}
