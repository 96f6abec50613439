// Value coercions shared by operators and functions, modelled on the server's Variable:
// booleans are the integers 1 and 0, "no value" is the empty string.
import type { Value } from './ast';

export function isTruthy(value: Value): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return value === true;
}

export function toStr(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return value.map(toStr).join(',');
}

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** The number a string spells, or undefined when it is not numeric. */
export function numericString(text: string): number | undefined {
  return NUMERIC.test(text) ? Number(text) : undefined;
}

export function toNumber(value: Value): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return numericString(value) ?? 0;
  return 0;
}

/** Integer for an index or a count; undefined when the value is not a whole number. */
export function toInteger(value: Value): number | undefined {
  const n = typeof value === 'string' ? numericString(value) : Array.isArray(value) || value === null ? undefined : toNumber(value);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

function isNumberLike(value: Value): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

/**
 * Orders two values: numbers (and booleans) numerically, a number against a numeric string
 * numerically, arrays item by item, anything else by text. Returns NaN when the values cannot be
 * ordered (an array against a scalar).
 */
export function compareValues(a: Value, b: Value): number {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return Number.NaN;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = compareValues(a[i], b[i]);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  if (isNumberLike(a) && isNumberLike(b)) return Math.sign(toNumber(a) - toNumber(b));
  if (isNumberLike(a) && typeof b === 'string') {
    const n = numericString(b);
    if (n !== undefined) return Math.sign(toNumber(a) - n);
  }
  if (typeof a === 'string' && isNumberLike(b)) {
    const n = numericString(a);
    if (n !== undefined) return Math.sign(n - toNumber(b));
  }
  const sa = toStr(a);
  const sb = toStr(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function valuesEqual(a: Value, b: Value): boolean {
  return compareValues(a, b) === 0;
}
