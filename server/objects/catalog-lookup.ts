// The sandbox's view of the object catalog (src/catalog): each definition with its fields described
// (for validation and /get `properties` checks), its indexes and its kind.
import { catalog, isObjectName } from '../../src/catalog';
import type { ObjectDefinition, ObjectKind } from '../../src/schema/define-object';
import { describeFields } from '../../src/schema/describe-fields';
import type { FieldDescriptor } from '../../src/schema/field-descriptor';

export interface CatalogEntry {
  name: string;
  kind: ObjectKind;
  permissionPrefix: string;
  fields?: FieldDescriptor[];
  variants?: Record<string, { label: string; fields: FieldDescriptor[] }>;
  /** Filter conditions /query accepts (exact names, e.g. "name"). */
  filters: readonly string[];
  /** Properties /query can sort by: `id` and the object's indexed properties on a real server. */
  sorts: readonly string[];
  /** A property whose value must be unique (primaryKeyViolation). */
  uniqueKey?: string;
}

function entryOf(definition: ObjectDefinition): CatalogEntry {
  const { name, kind, permissionPrefix, indexes, uniqueKey, model, variants } = definition;
  const entry: CatalogEntry = { name, kind, permissionPrefix, filters: indexes.filters, sorts: indexes.sorts, uniqueKey };
  if (model) entry.fields = describeFields(model);
  if (variants) entry.variants = Object.fromEntries(variants.map((v) => [v.type, { label: v.label, fields: describeFields(v.model) }]));
  return entry;
}

const entries = new Map<string, CatalogEntry>(Object.values(catalog).map((d) => [d.name, entryOf(d)]));

export function catalogEntry(objectName: string): CatalogEntry | undefined {
  return isObjectName(objectName) ? entries.get(objectName) : undefined;
}

export function allCatalogEntries(): CatalogEntry[] {
  return [...entries.values()];
}

/** Every property name an object of this type can have, for /get `properties` checks. */
export function knownProperties(entry: CatalogEntry): Set<string> {
  const names = new Set<string>(['id']);
  if (entry.variants) names.add('@type');
  const groups: FieldDescriptor[][] = entry.variants ? Object.values(entry.variants).map((v) => v.fields) : [entry.fields ?? []];
  for (const fields of groups) for (const f of fields) names.add(f.name);
  return names;
}

/** The fields of an object whose definition has one shape (singletons). */
export function objectFields(objectName: string): FieldDescriptor[] {
  return catalogEntry(objectName)?.fields ?? [];
}

/** The default-filled form of an object whose fields all have defaults (singletons). */
export function defaultObject(fields: readonly FieldDescriptor[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f.defaultValue !== undefined) out[f.name] = structuredClone(f.defaultValue);
  return out;
}
