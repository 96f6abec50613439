// One input field of an action form, drawn by the shared form widgets.
import type { Control } from 'react-hook-form';
import { SchemaField } from '../../forms/schema-field';
import type { FormModel } from '../../forms/schema-resolver';
import { mergeRules } from '../../forms/widget-registry';
import type { FieldOverride } from '../../forms/widget-types';
import type { FieldDescriptor } from '../../schema/field-descriptor';
import '../../forms/forms.css';

const RULES = mergeRules();

export function ActionFormField({
  formId,
  fields,
  name,
  control,
  override,
}: {
  formId: string;
  fields: readonly FieldDescriptor[];
  name: string;
  control: Control<FormModel>;
  override?: FieldOverride;
}) {
  const descriptor = fields.find((f) => f.name === name);
  if (!descriptor) throw new Error(`The action form has no field "${name}"`);
  return (
    <SchemaField
      formId={formId}
      descriptor={descriptor}
      control={control}
      rules={RULES}
      override={override}
      readOnly={false}
      required={descriptor.required && descriptor.kind !== 'boolean'}
    />
  );
}
