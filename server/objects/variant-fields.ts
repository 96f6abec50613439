// Picks the field list of a created or updated object from its "@type" (multi-variant objects).
import type { CatalogEntry } from '../../src/schema/object-catalog';
import type { FieldDescriptor } from '../../src/schema/field-descriptor';
import type { SetError } from '../jmap/method-types';
import { invalidPatch, setError } from './set-errors';

export function variantFields(entry: CatalogEntry, type: unknown): { ok: true; type: string; fields: FieldDescriptor[] } | { ok: false; error: SetError } {
  if (type === undefined) {
    return { ok: false, error: setError('validationFailed', 'Missing "@type": choose one of the variants.', { properties: ['@type'], validationErrors: [{ type: 'Required', property: '@type' }] }) };
  }
  if (typeof type !== 'string') return { ok: false, error: invalidPatch('Invalid value for enum property (expected string)', '@type') };
  const variant = entry.variants?.[type];
  if (!variant) {
    return {
      ok: false,
      error: setError('validationFailed', `Unknown "@type" ${JSON.stringify(type)}; expected one of ${Object.keys(entry.variants ?? {}).join(', ')}.`, {
        properties: ['@type'],
        validationErrors: [{ type: 'Invalid', property: '@type', value: type }],
      }),
    };
  }
  return { ok: true, type, fields: variant.fields };
}
