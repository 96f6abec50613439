// What setErrorToFieldErrors needs to word a form's server errors: each field's kind (limits in
// the widget's units), the fields shown, and their labels (used inside sentences).
import type { SetErrorMessageOptions } from './set-error-messages';
import type { FieldDescriptor } from '../schema/field-descriptor';

export function errorOptionsFor(fields: readonly FieldDescriptor[], singular?: string): SetErrorMessageOptions {
  return {
    kinds: Object.fromEntries(fields.map((f) => [f.name, f.kind])),
    fields: fields.map((f) => f.name),
    labels: Object.fromEntries(fields.map((f) => [f.name, f.label])),
    ...(singular ? { singular } : {}),
  };
}
