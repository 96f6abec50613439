// One described field: react-hook-form controller + chosen widget inside its frame.
import { useMemo } from 'react';
import { type Control, useController } from 'react-hook-form';
import type { FieldDescriptor } from '../schema/field-descriptor';
import type { FieldOverride, WidgetRule } from './widget-types';
import type { FormModel } from './schema-resolver';
import { resolveWidget } from './widget-registry';
import { FieldFrame } from './field-frame';
import { fieldIds, joinIds } from './field-ids';
import { helpText } from './field-help';

interface SchemaFieldProps {
  formId: string;
  descriptor: FieldDescriptor;
  control: Control<FormModel>;
  rules: readonly WidgetRule[];
  override?: FieldOverride;
  readOnly: boolean;
  /** Show "(required)" next to the label. */
  required: boolean;
  warning?: string;
}

export function SchemaField({ formId, descriptor, control, rules, override, readOnly, required, warning }: SchemaFieldProps) {
  const shown = useMemo<FieldDescriptor>(
    () => ({
      ...descriptor,
      label: override?.label ?? descriptor.label,
      description: override?.description ?? descriptor.description,
      placeholder: override?.placeholder ?? descriptor.placeholder,
    }),
    [descriptor, override?.label, override?.description, override?.placeholder],
  );
  const widget = useMemo(() => resolveWidget(shown, rules, override), [shown, rules, override]);
  const { field, fieldState } = useController({ name: descriptor.name, control });

  const ids = fieldIds(formId, descriptor.name);
  const pathErrors = stringEntries(fieldState.error?.types);
  // Errors placed on inner inputs (expression rows) are not repeated at field level.
  const innerShown = widget.showsPathErrors && Object.keys(pathErrors).some((path) => path !== '');
  const error = innerShown ? undefined : fieldState.error?.message;
  const help = helpText(shown);
  const group = widget.layout === 'group';
  const Widget = widget.component;

  return (
    <FieldFrame ids={ids} layout={widget.layout} label={shown.label} required={required} help={help} error={error} warning={warning}>
      <Widget
        id={ids.input}
        labelId={ids.label}
        descriptor={shown}
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        readOnly={readOnly}
        invalid={error !== undefined}
        // A fieldset already carries the help text; its inputs only need the error.
        describedBy={joinIds(!group && help && ids.help, error && ids.error, !group && warning && ids.warning)}
        pathErrors={pathErrors}
        extra={override?.props ?? {}}
      />
    </FieldFrame>
  );
}

function stringEntries(types: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(types ?? {})) if (typeof message === 'string') out[key] = message;
  return out;
}
