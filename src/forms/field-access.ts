// Whether a field is edited, shown read-only, or not shown, from its update mode and the form's mode.
import type { FieldDescriptor } from '../schema/field-descriptor';

export type FieldAccess = 'editable' | 'readOnly' | 'hidden';
export type FormMode = 'create' | 'edit';

export function fieldAccess(
  field: Pick<FieldDescriptor, 'update'>,
  options: { mode: FormMode; formReadOnly?: boolean; hasValue: boolean; hidden?: boolean; readOnly?: boolean },
): FieldAccess {
  if (options.hidden) return 'hidden';
  // The server fills these in; there is nothing to show before it has.
  if (field.update === 'serverSet') return options.hasValue ? 'readOnly' : 'hidden';
  if (options.formReadOnly || options.readOnly) return 'readOnly';
  if (field.update === 'immutable' && options.mode === 'edit') return 'readOnly';
  return 'editable';
}
