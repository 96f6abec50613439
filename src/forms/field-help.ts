// Help text under a field: its description plus the limits a person needs before typing.
import type { FieldDescriptor } from '../schema/field-descriptor';
import { formatDurationBound, formatSizeBound } from '../schema/units';

export function limitsText(field: FieldDescriptor): string | undefined {
  switch (field.kind) {
    case 'integer':
    case 'unsignedInteger':
    case 'float': {
      const { min } = field;
      const max = field.max ?? field.consoleMax;
      if (min !== undefined && max !== undefined) return `From ${min} to ${max}.`;
      if (min !== undefined) return `At least ${min}.`;
      if (max !== undefined) return `At most ${max}.`;
      return undefined;
    }
    case 'size':
      return field.consoleMax !== undefined ? `At most ${formatSizeBound(field.consoleMax)}.` : undefined;
    case 'duration':
      return field.consoleMax !== undefined ? `At most ${formatDurationBound(field.consoleMax)}.` : undefined;
    case 'string':
      return field.maxLength !== undefined ? `At most ${field.maxLength} characters.` : undefined;
    case 'set':
      if (field.itemKind !== 'enum') return 'One per line.';
      return field.minItems ? `Choose at least ${field.minItems}.` : undefined;
    case 'utcDateTime':
      return 'Time in UTC.';
    default:
      return undefined;
  }
}

export function helpText(field: FieldDescriptor, description = field.description): string | undefined {
  const parts = [description && withStop(description), limitsText(field)].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
