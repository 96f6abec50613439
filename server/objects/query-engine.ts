// Filtering and sorting of stored objects for /query: an AND of conditions on the catalog's
// filterable properties, and one comparator on a sortable property (default: id descending).
// Filterable properties are keyword indexes on a real server, so a string condition is an exact,
// case-sensitive match; only indexed properties and `id` can be sorted by.
import type { CatalogEntry } from './catalog-lookup';
import type { FieldDescriptor } from '../../src/schema/field-descriptor';
import type { Comparator, JsonObject, MethodError } from '../jmap/method-types';
import type { StoredObject } from '../store/object-store';
import { flattenFilter } from '../jmap/filter-conditions';

const COMPARISONS = ['IsGreaterThanOrEqual', 'IsGreaterThan', 'IsLessThanOrEqual', 'IsLessThan'] as const;
type Comparison = (typeof COMPARISONS)[number];

interface Condition {
  field: FieldDescriptor | undefined;
  property: string;
  comparison: Comparison | null;
  value: unknown;
}

const unsupportedFilter = (description: string): { ok: false; error: MethodError } => ({ ok: false, error: { type: 'unsupportedFilter', description } });

function fieldsOf(entry: CatalogEntry): FieldDescriptor[] {
  if (entry.fields) return entry.fields;
  // Variants share their filterable properties; any variant's descriptor describes the type.
  return Object.values(entry.variants ?? {}).flatMap((v) => v.fields);
}

const isTextual = (f: FieldDescriptor | undefined) => !!f && ['string', 'text', 'uri', 'emailAddress', 'ipAddress'].includes(f.kind);
const isOrdered = (f: FieldDescriptor | undefined) => !!f && ['integer', 'unsignedInteger', 'float', 'size', 'duration', 'utcDateTime'].includes(f.kind);

function parseConditions(entry: CatalogEntry, filter: JsonObject): { ok: true; conditions: Condition[] } | { ok: false; error: MethodError } {
  const flat = flattenFilter(filter);
  if (!flat.ok) return flat;
  const fields = fieldsOf(entry);
  const conditions: Condition[] = [];
  for (const [key, value] of flat.conditions.flatMap((c) => Object.entries(c))) {
    const refused = unsupportedFilter(`Filter on property ${key} is not supported or invalid`);
    let property = key;
    let comparison: Comparison | null = null;
    if (!entry.filters.includes(key)) {
      comparison = COMPARISONS.find((c) => key.endsWith(c)) ?? null;
      property = comparison ? key.slice(0, -comparison.length) : key;
      if (!comparison || !entry.filters.includes(property)) return refused;
    }
    const field = fields.find((f) => f.name === property);
    if (comparison && !isOrdered(field)) return refused;
    if (isTextual(field) && typeof value !== 'string') return refused;
    if (isOrdered(field) && (field!.kind === 'utcDateTime' ? typeof value !== 'string' : typeof value !== 'number')) return refused;
    if (field?.kind === 'boolean' && typeof value !== 'boolean') return refused;
    conditions.push({ field, property, comparison, value });
  }
  return { ok: true, conditions };
}

function matches(object: JsonObject, c: Condition): boolean {
  const actual = object[c.property];
  if (c.comparison) {
    const a = c.field?.kind === 'utcDateTime' ? Date.parse(String(actual)) : Number(actual);
    const b = c.field?.kind === 'utcDateTime' ? Date.parse(String(c.value)) : Number(c.value);
    switch (c.comparison) {
      case 'IsGreaterThan':
        return a > b;
      case 'IsGreaterThanOrEqual':
        return a >= b;
      case 'IsLessThan':
        return a < b;
      case 'IsLessThanOrEqual':
        return a <= b;
    }
  }
  return JSON.stringify(actual) === JSON.stringify(c.value);
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Filters and sorts; returns the full ordered id list (paging is applied afterwards). */
export function filterAndSort(
  entry: CatalogEntry,
  objects: readonly StoredObject[],
  filter: JsonObject | null,
  sort: readonly Comparator[],
): { ok: true; ids: string[] } | { ok: false; error: MethodError } {
  const parsed = parseConditions(entry, filter ?? {});
  if (!parsed.ok) return parsed;
  const comparator = sort[0] ?? { property: 'id', isAscending: false };
  if (comparator.property !== 'id' && !entry.sorts.includes(comparator.property)) {
    return { ok: false, error: { type: 'unsupportedSort', description: `Property ${comparator.property} is not supported for sorting` } };
  }
  const selected = objects.filter((o) => parsed.conditions.every((c) => matches(o.data, c)));
  const direction = comparator.isAscending ? 1 : -1;
  selected.sort((x, y) => {
    const byValue = comparator.property === 'id' ? x.docId - y.docId : compareValues(x.data[comparator.property], y.data[comparator.property]);
    return byValue !== 0 ? byValue * direction : x.docId - y.docId;
  });
  return { ok: true, ids: selected.map((o) => o.id) };
}
