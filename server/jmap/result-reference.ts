// Result references (RFC 8620 §3.7): "#arg": {resultOf, name, path} with JSON pointers and "*".
import { keyRecord } from '../objects/own-keys';
import type { JsonObject, MethodError } from './method-types';

/** A response already produced in this request: [name, arguments, callId]. */
export type Invocation = [string, JsonObject, string];

const invalidRef = (description: string): MethodError => ({ type: 'invalidResultReference', description });

/** Evaluates a JSON pointer, where "*" on an array maps the rest over its items and flattens. */
export function evaluatePointer(value: unknown, path: string): { ok: true; value: unknown } | { ok: false } {
  if (path === '') return { ok: true, value };
  if (!path.startsWith('/')) return { ok: false };
  const tokens = path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  return walk(value, tokens);
}

function walk(value: unknown, tokens: string[]): { ok: true; value: unknown } | { ok: false } {
  if (tokens.length === 0) return { ok: true, value };
  const [token, ...rest] = tokens;
  if (Array.isArray(value)) {
    if (token === '*') {
      const out: unknown[] = [];
      for (const item of value) {
        const r = walk(item, rest);
        if (!r.ok) return r;
        if (Array.isArray(r.value)) out.push(...r.value);
        else out.push(r.value);
      }
      return { ok: true, value: out };
    }
    if (!/^(0|[1-9][0-9]*)$/.test(token)) return { ok: false };
    const index = Number(token);
    if (index >= value.length) return { ok: false };
    return walk(value[index], rest);
  }
  if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, token)) {
    return walk((value as Record<string, unknown>)[token], rest);
  }
  return { ok: false };
}

/**
 * Replaces every "#name" argument by the referenced value. An argument given both plain and
 * as a reference is invalidArguments; a reference that cannot be resolved is invalidResultReference.
 */
export function resolveReferences(args: JsonObject, previous: readonly Invocation[]): { ok: true; args: JsonObject } | { ok: false; error: MethodError } {
  // Argument names are the client's: a "__proto__" or "#__proto__" argument is an own key, left
  // for the argument check to refuse.
  const out = keyRecord<unknown>() as JsonObject;
  for (const [key, value] of Object.entries(args)) {
    if (!key.startsWith('#')) {
      out[key] = value;
      continue;
    }
    const name = key.slice(1);
    if (Object.prototype.hasOwnProperty.call(args, name)) {
      return { ok: false, error: { type: 'invalidArguments', description: `Argument "${name}" is given both as a value and as a result reference.` } };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { ok: false, error: invalidRef(`Result reference "${key}" is not an object.`) };
    }
    const ref = value as Record<string, unknown>;
    if (typeof ref.resultOf !== 'string' || typeof ref.name !== 'string' || typeof ref.path !== 'string' || Object.keys(ref).length !== 3) {
      return { ok: false, error: invalidRef(`Result reference "${key}" must have exactly the string properties resultOf, name and path.`) };
    }
    const source = previous.find((inv) => inv[2] === ref.resultOf);
    if (!source) return { ok: false, error: invalidRef(`No response with call id "${ref.resultOf}" precedes this call.`) };
    if (source[0] !== ref.name) {
      return { ok: false, error: invalidRef(`The response to call "${ref.resultOf}" is "${source[0]}", not "${ref.name}".`) };
    }
    const resolved = evaluatePointer(source[1], ref.path);
    if (!resolved.ok) return { ok: false, error: invalidRef(`Path "${ref.path}" does not exist in the response to call "${ref.resultOf}".`) };
    out[name] = resolved.value;
  }
  return { ok: true, args: out };
}
