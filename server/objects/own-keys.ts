// Keys that come from a request are data, never a way into an object's prototype chain.
// Property names that would reach a prototype are refused where a path names a property;
// user keys (Set members, map keys, creation ids) live in records without a prototype.

/** Names that address the prototype chain instead of a property of the object itself. */
const RESERVED_PROPERTY_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const isReservedPropertyName = (name: string): boolean => RESERVED_PROPERTY_NAMES.has(name);

/** An empty record for user-chosen keys: no prototype, so "__proto__" or "toString" is just a key. */
export function keyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The own property `key` of `object`, never an inherited one. */
export function ownValue(object: object, key: string): unknown {
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

/** Defines `key` as an own data property, even when it is "__proto__". */
export function setOwn(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}
