// A /query filter as Stalwart's registry reads it: conditions, or "operator": "AND" groups of
// them (flattened); OR and NOT are refused (jmap/src/registry/query.rs extract_filters).
import type { JsonObject, MethodError } from './method-types';

export type FlatFilter = { ok: true; conditions: JsonObject[] } | { ok: false; error: MethodError };

const isPlainObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

export function flattenFilter(filter: JsonObject | null): FlatFilter {
  const conditions: JsonObject[] = [];
  const failed = filter ? collect(filter, conditions) : null;
  return failed ?? { ok: true, conditions };
}

function collect(node: JsonObject, into: JsonObject[]): { ok: false; error: MethodError } | null {
  if (!('operator' in node)) {
    into.push(node);
    return null;
  }
  if (node.operator === 'OR' || node.operator === 'NOT') return { ok: false, error: { type: 'unsupportedFilter', description: 'Only AND is supported in filters' } };
  if (node.operator !== 'AND' || !Array.isArray(node.conditions)) return { ok: false, error: { type: 'invalidArguments', description: 'Invalid filter operator' } };
  for (const child of node.conditions) {
    if (!isPlainObject(child)) return { ok: false, error: { type: 'invalidArguments', description: 'Invalid filter condition' } };
    const failed = collect(child, into);
    if (failed) return failed;
  }
  return null;
}
