// Shared /get plumbing: property selection and the unknown-property check.
import type { CatalogEntry } from './catalog-lookup';
import type { JsonObject, MethodError } from '../jmap/method-types';
import { knownProperties } from './catalog-lookup';

export function checkProperties(entry: CatalogEntry, properties: string[] | null): MethodError | null {
  if (!properties) return null;
  const known = knownProperties(entry);
  const unknown = properties.find((p) => !known.has(p));
  return unknown === undefined ? null : { type: 'invalidArguments', description: `Unknown property "${unknown}" for ${entry.name}.` };
}

/** The wire form of a stored object: id first, then the requested properties (all when null). */
export function project(id: string, data: JsonObject, properties: string[] | null): JsonObject {
  const out: JsonObject = { id };
  for (const [key, value] of Object.entries(data)) {
    if (properties === null || properties.includes(key)) out[key] = value;
  }
  return out;
}
