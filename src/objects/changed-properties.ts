// Which of the given properties differ between two copies of an object, as the server sends them.
// A real Stalwart keeps no state for its registry objects, so this comparison is how a save learns
// that someone else changed the object since it was loaded.
import { jsonEqual } from '../schema/wire-codec';

/** Absent and null both mean "not set"; key order inside objects does not count. */
export function changedProperties(before: object, after: object, properties: readonly string[]): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return properties.filter((name) => !jsonEqual(a[name] ?? null, b[name] ?? null));
}
