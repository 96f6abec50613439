// Helpers over the object catalog: which fields an object (variant) has, which properties /get knows.
import { objectCatalog, type CatalogEntry } from '../../src/schema/object-catalog';
import type { FieldDescriptor } from '../../src/schema/field-descriptor';

export function catalogEntry(objectName: string): CatalogEntry | undefined {
  return Object.prototype.hasOwnProperty.call(objectCatalog, objectName) ? objectCatalog[objectName] : undefined;
}

export function allCatalogEntries(): CatalogEntry[] {
  return Object.values(objectCatalog);
}

/** Every property name an object of this type can have, for /get `properties` checks. */
export function knownProperties(entry: CatalogEntry): Set<string> {
  const names = new Set<string>(['id']);
  if (entry.variants) names.add('@type');
  const groups: FieldDescriptor[][] = entry.variants ? Object.values(entry.variants).map((v) => v.fields) : [entry.fields ?? []];
  for (const fields of groups) for (const f of fields) names.add(f.name);
  return names;
}

/** The default-filled form of an object whose fields all have defaults (singletons). */
export function defaultObject(fields: readonly FieldDescriptor[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f.defaultValue !== undefined) out[f.name] = structuredClone(f.defaultValue);
  return out;
}
