// Implementations of the server's built-in (synchronous) functions. Where the server returns its
// default value (the empty string), these do too, so truthiness matches the server's.
import type { Value } from './ast';
import { hexDigest } from './digest';
import { isEmailAddress } from './email-address';
import { ipInNetwork, parseIpAddress, reverseName } from './ip-address';
import { compareValues, isTruthy, toInteger, toStr, valuesEqual } from './values';

type Builtin = (args: Value[]) => Value;

/** Applies a text function to a string, or to every item of an array (as the server does). */
const mapText =
  (f: (text: string) => Value): Builtin =>
  ([value]) =>
    Array.isArray(value) ? value.map((item) => f(toStr(item))) : f(toStr(value));

const countMatching = (pattern: RegExp) => (text: string) => text.match(pattern)?.length ?? 0;

const isEmpty = (value: Value): boolean =>
  value === null || (typeof value === 'string' ? value === '' : Array.isArray(value) && value.length === 0);

const toArray = (value: Value): Value[] => (Array.isArray(value) ? value : isEmpty(value) ? [] : [value]);

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Rust's str::split, which yields empty edge items for an empty separator. */
function splitAll(text: string, separator: string): string[] {
  return separator === '' ? ['', ...Array.from(text), ''] : text.split(separator);
}

function splitN(text: string, separator: string, count: number): string[] {
  // The server converts a negative count to a huge unsigned one: no limit.
  const limit = count < 0 ? Infinity : count;
  if (separator === '') {
    const pieces = splitAll(text, '');
    if (limit + 1 >= pieces.length) return pieces;
    return [...pieces.slice(0, limit), pieces.slice(limit).join('')];
  }
  const out: string[] = [];
  let rest = text;
  for (let i = 0; i < limit; i++) {
    const at = rest.indexOf(separator);
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + separator.length);
  }
  out.push(rest);
  return out;
}

/** Rust's str::lines: split at \n, drop a \r before it, no empty item after a final newline. */
function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (text.endsWith('\n')) parts.pop();
  return parts;
}

function splitOnce(text: string, separator: string, fromEnd: boolean): Value {
  const at = fromEnd ? text.lastIndexOf(separator) : text.indexOf(separator);
  return at < 0 ? '' : [text.slice(0, at), text.slice(at + separator.length)];
}

function contains([haystack, needle]: Value[]): boolean {
  if (Array.isArray(haystack)) return haystack.some((item) => valuesEqual(item, needle));
  return toStr(haystack).includes(toStr(needle));
}

function containsIgnoreCase([haystack, needle]: Value[]): boolean {
  const lower = toStr(needle).toLowerCase();
  // On arrays the server compares whole items, not substrings.
  if (Array.isArray(haystack)) return haystack.some((item) => typeof item === 'string' && item.toLowerCase() === lower);
  return toStr(haystack).toLowerCase().includes(lower);
}

function sort([value, ascending]: Value[]): Value[] {
  const items = [...toArray(value)];
  const direction = isTruthy(ascending) ? 1 : -1;
  return items.sort((a, b) => direction * (compareValues(a, b) || 0));
}

function dedup([value]: Value[]): Value[] {
  const out: Value[] = [];
  for (const item of toArray(value)) if (!out.some((seen) => valuesEqual(seen, item))) out.push(item);
  return out;
}

function isIntersect([a, b]: Value[]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.some((x) => b.some((y) => valuesEqual(x, y)));
  if (Array.isArray(a)) return a.some((x) => valuesEqual(x, b));
  if (Array.isArray(b)) return b.some((y) => valuesEqual(a, y));
  return false;
}

function emailPart([address, part]: Value[]): Value {
  const which = toStr(part);
  return mapText((text) => {
    const at = text.lastIndexOf('@');
    if (at < 0 || (which !== 'local' && which !== 'domain')) return '';
    return (which === 'local' ? text.slice(0, at) : text.slice(at + 1)).trim();
  })([address]);
}

function substring([value, start, count]: Value[]): string {
  const from = Math.max(0, toInteger(start) ?? 0);
  const length = Math.max(0, toInteger(count) ?? 0);
  return Array.from(toStr(value)).slice(from, from + length).join('');
}

function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '' && /^[\p{L}\p{N}]+$/u.test(word));
}

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  trim: mapText((t) => t.trim()),
  trim_start: mapText((t) => t.trimStart()),
  trim_end: mapText((t) => t.trimEnd()),
  to_lowercase: mapText((t) => t.toLowerCase()),
  to_uppercase: mapText((t) => t.toUpperCase()),
  is_lowercase: mapText((t) => t === t.toLowerCase()),
  is_uppercase: mapText((t) => t === t.toUpperCase()),
  has_digits: mapText((t) => /\d/.test(t)),
  count_chars: ([v]) => Array.from(toStr(v)).length,
  count_spaces: ([v]) => countMatching(/\s/gu)(toStr(v)),
  count_uppercase: ([v]) => countMatching(/\p{Lu}/gu)(toStr(v)),
  count_lowercase: ([v]) => countMatching(/\p{Ll}/gu)(toStr(v)),
  lines: ([v]) => (typeof v === 'string' ? lines(v) : v),
  split_words: ([v]) => splitWords(toStr(v)),
  len: ([v]) => (Array.isArray(v) ? v.length : utf8Length(toStr(v))),
  contains,
  contains_ignore_case: containsIgnoreCase,
  eq_ignore_case: ([a, b]) => toStr(a).toLowerCase() === toStr(b).toLowerCase(),
  starts_with: ([a, b]) => toStr(a).startsWith(toStr(b)),
  ends_with: ([a, b]) => toStr(a).endsWith(toStr(b)),
  strip_prefix: ([v, prefix]) =>
    mapText((t) => (t.startsWith(toStr(prefix)) ? t.slice(toStr(prefix).length) : ''))([v]),
  strip_suffix: ([v, suffix]) =>
    mapText((t) => (t.endsWith(toStr(suffix)) ? t.slice(0, t.length - toStr(suffix).length) : ''))([v]),
  substring,
  split: ([v, sep]) => splitAll(toStr(v), toStr(sep)),
  rsplit: ([v, sep]) => splitAll(toStr(v), toStr(sep)).reverse(),
  split_once: ([v, sep]) => splitOnce(toStr(v), toStr(sep), false),
  rsplit_once: ([v, sep]) => splitOnce(toStr(v), toStr(sep), true),
  split_n: ([v, sep, n]) => splitN(toStr(v), toStr(sep), toInteger(n) ?? 0),
  hash: ([v, algorithm]) => hexDigest(toStr(v), toStr(algorithm)),
  count: ([v]) => (Array.isArray(v) ? v.length : isEmpty(v) ? 0 : 1),
  sort,
  dedup,
  winnow: ([v]) => (Array.isArray(v) ? v.filter((item) => !isEmpty(item)) : v),
  is_intersect: isIntersect,
  is_email: ([v]) => isEmailAddress(toStr(v)),
  email_part: emailPart,
  is_empty: ([v]) => isEmpty(v),
  is_number: ([v]) => typeof v === 'number',
  is_ip_addr: ([v]) => parseIpAddress(toStr(v)) !== null,
  is_ipv4_addr: ([v]) => parseIpAddress(toStr(v))?.version === 4,
  is_ipv6_addr: ([v]) => parseIpAddress(toStr(v))?.version === 6,
  ip_reverse_name: ([v]) => reverseName(toStr(v)) ?? '',
  is_ip_in_cidr: ([ip, network]) => ipInNetwork(toStr(ip), toStr(network)),
  // BigInt keeps the server's 64-bit semantics; JavaScript's & would truncate to 32 bits.
  bit_and: ([a, b]) => {
    const x = toInteger(a);
    const y = toInteger(b);
    return x === undefined || y === undefined ? 0 : Number(BigInt.asIntN(64, BigInt(x) & BigInt(y)));
  },
  if_then: ([condition, then, otherwise]) => (isTruthy(condition) ? then : otherwise),
};
