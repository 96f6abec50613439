// Applies an update patch (RFC 8620 §5.3): keys are property names or JSON-pointer paths into
// sets, maps and lists ("stages/rcpt": true, "condition/match/0/if": "..."); null at a path removes it.
// Walking follows own properties only; a segment naming a property may not be a reserved name
// (__proto__, constructor, prototype), refused as the server refuses any unknown property.
import type { JsonObject, SetError } from '../jmap/method-types';
import { isReservedPropertyName, keyRecord, ownValue, setOwn } from './own-keys';
import { INVALID_PROPERTY, invalidPatch } from './set-errors';

const isPlainObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

export function pointerTokens(key: string): string[] {
  return key.split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Whether segment `index` of a path is user data (a Set member or map key) rather than a property name. */
export type UserKeyTest = (tokens: readonly string[], index: number) => boolean;

/**
 * Returns a patched deep copy. `checkKey` vets each key's top-level property first (unknown,
 * read-only ...) and returns a SetError to refuse it.
 */
export function applyPatch(
  target: JsonObject,
  patch: JsonObject,
  checkKey: (property: string, key: string, value: unknown) => SetError | null,
  isUserKey: UserKeyTest = () => false,
): { ok: true; value: JsonObject } | { ok: false; error: SetError } {
  const out = structuredClone(target);
  patching: for (const [key, value] of Object.entries(patch)) {
    const tokens = pointerTokens(key);
    if (tokens.some((t, i) => t === '' || (isReservedPropertyName(t) && !isUserKey(tokens, i)))) {
      return { ok: false, error: invalidPatch(INVALID_PROPERTY, key) };
    }
    const refused = checkKey(tokens[0], key, value);
    if (refused) return { ok: false, error: refused };
    let container: JsonObject = out;
    for (const token of tokens.slice(0, -1)) {
      const child = ownValue(container, token);
      if (child === undefined || child === null) {
        if (value === null) continue patching; // removing something that is not there
        setOwn(container, token, keyRecord());
      } else if (!isPlainObject(child)) {
        return { ok: false, error: invalidPatch(INVALID_PROPERTY, key) };
      }
      container = ownValue(container, token) as JsonObject;
    }
    const last = tokens[tokens.length - 1];
    // null clears a top-level property (kept as null) and removes a member deeper down.
    if (value === null && tokens.length > 1) delete container[last];
    else setOwn(container, last, structuredClone(value));
  }
  return { ok: true, value: out };
}
