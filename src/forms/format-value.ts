// A field value as one line of text, for the conflict dialog's "server vs yours" comparison.
import type { FieldDescriptor } from '../schema/field-descriptor';
import { optionLabel } from '../schema/enum-options';
import { durationUnits, sizeUnits, splitAmount } from '../schema/units';
import { ensureExpression } from './expression-rows';

export function formatFieldValue(field: FieldDescriptor | undefined, value: unknown): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return 'Not set';
  switch (field?.kind) {
    case 'boolean':
      return value ? 'On' : 'Off';
    case 'duration':
    case 'size': {
      if (typeof value !== 'number') break;
      const { value: amount, unit } = splitAmount(value, field.kind === 'duration' ? durationUnits : sizeUnits);
      return `${amount} ${unit}`;
    }
    case 'enum':
      return optionLabel(field.options ?? [], String(value));
    case 'set': {
      if (!Array.isArray(value)) break;
      if (value.length === 0) return 'None';
      return value.map((v) => optionLabel(field.options ?? [], String(v))).join(', ');
    }
    case 'expression': {
      const model = ensureExpression(value);
      const rows = model.match.map((row) => `if ${row.if} then ${row.then}`);
      return rows.length === 0 ? model.else : `${rows.join('; ')}; otherwise ${model.else}`;
    }
  }
  if (typeof value === 'string') return value === '' ? 'Empty' : value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
