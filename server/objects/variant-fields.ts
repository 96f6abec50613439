// Picks the field list of a created or updated object from its "@type" (multi-variant objects).
import type { CatalogEntry } from './catalog-lookup';
import type { FieldDescriptor } from '../../src/schema/field-descriptor';
import type { SetError } from '../jmap/method-types';
import { invalidPatch } from './set-errors';

// A missing, non-string or unknown "@type" fails the root patch (registry/src/jmap/patch.rs
// object_type): invalidPatch at the empty path, which is the object itself.
const MISSING_TYPE = "Missing or invalid '@type' property in object";

export function variantFields(entry: CatalogEntry, type: unknown): { ok: true; type: string; fields: FieldDescriptor[] } | { ok: false; error: SetError } {
  const variant = typeof type === 'string' ? entry.variants?.[type] : undefined;
  if (!variant) return { ok: false, error: invalidPatch(MISSING_TYPE, '') };
  return { ok: true, type: type as string, fields: variant.fields };
}
