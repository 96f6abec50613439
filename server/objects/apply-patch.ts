// Applies an update patch (RFC 8620 §5.3): keys are property names or JSON-pointer paths into
// sets, maps and lists ("stages/rcpt": true, "condition/match/0/if": "..."); null at a path removes it.
import type { JsonObject, SetError } from '../jmap/method-types';
import { INVALID_PROPERTY, invalidPatch } from './set-errors';

const isPlainObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

export function pointerTokens(key: string): string[] {
  return key.split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Returns a patched deep copy. `checkKey` vets each key's top-level property first (unknown,
 * read-only ...) and returns a SetError to refuse it.
 */
export function applyPatch(
  target: JsonObject,
  patch: JsonObject,
  checkKey: (property: string, key: string, value: unknown) => SetError | null,
): { ok: true; value: JsonObject } | { ok: false; error: SetError } {
  const out = structuredClone(target);
  patching: for (const [key, value] of Object.entries(patch)) {
    const tokens = pointerTokens(key);
    if (tokens.some((t) => t === '')) return { ok: false, error: invalidPatch(INVALID_PROPERTY, key) };
    const refused = checkKey(tokens[0], key, value);
    if (refused) return { ok: false, error: refused };
    if (tokens.length === 1) {
      out[key] = structuredClone(value);
      continue;
    }
    let container: JsonObject = out;
    for (const token of tokens.slice(0, -1)) {
      const child = container[token];
      if (child === undefined || child === null) {
        if (value === null) continue patching; // removing something that is not there
        container[token] = {};
      } else if (!isPlainObject(child)) {
        return { ok: false, error: invalidPatch(INVALID_PROPERTY, key) };
      }
      container = container[token] as JsonObject;
    }
    const last = tokens[tokens.length - 1];
    if (value === null) delete container[last];
    else container[last] = structuredClone(value);
  }
  return { ok: true, value: out };
}
