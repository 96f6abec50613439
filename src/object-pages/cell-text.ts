// A list cell's text when the object's screens give no renderer of their own: the field's value as
// the form would word it. In a multi-variant list, a column the row's variant has no field for
// shows the variant's label (a Discard tag's "Score or action" reads "Discard").
import { formatFieldValue } from '../forms/format-value';
import { fromWireObject } from '../schema/wire-codec';
import { fieldsOf, variantOf } from './object-layer';
import type { ObjectRow, ScreenDefinition } from './page-options';

export function cellText(definition: ScreenDefinition, row: ObjectRow, property: string): string {
  const type = definition.variants ? row['@type'] : undefined;
  const fields = fieldsOf(definition, typeof type === 'string' ? type : undefined);
  const field = fields.find((f) => f.name === property);
  if (!field) return variantOf(definition, type)?.label ?? '';
  const model = fromWireObject([field], row);
  return formatFieldValue(field, model[property]);
}
