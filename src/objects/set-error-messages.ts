// A SetError worded for a form: each message on the field (or path) it names, in a readable
// sentence, and never an empty message. The shapes are Stalwart 0.16's (crates/jmap-proto
// src/error/set.rs, crates/registry src/types/error.rs): `validationErrors[]` tagged by type, where
// `Invalid` carries `value` (the refused value, or for an expression the compiler's message), and
// `properties` as names or `/`-joined paths for invalidPatch, invalidProperties and the rest.
import type { SetError, ValidationError } from '../jmap/errors';

export interface SetErrorMessages {
  /** Keyed by top-level field name (the first path segment). */
  fieldErrors: Record<string, string>;
  /** Keyed by the full property path as the server sent it, e.g. "condition/match/0/if". */
  pathErrors: Record<string, string>;
  formError?: string;
}

export interface SetErrorMessageOptions {
  /** Wire kind per top-level field (FieldDescriptor.kind) so limits are worded for the widget. */
  kinds?: Readonly<Record<string, string>>;
  /** Fields the form shows; errors on any other field go to `formError` so they are not lost. */
  fields?: readonly string[];
  /** Singular noun for the object, e.g. "rule", for "Another rule already uses this Rule ID". */
  singular?: string;
  /** What the form calls each top-level field ("Rule ID" for `name`), used inside sentences. */
  labels?: Readonly<Record<string, string>>;
}

export function setErrorToFieldErrors(
  error: SetError,
  options: SetErrorMessageOptions = {},
): SetErrorMessages {
  const collected: Array<{ path: string; message: string }> = [];
  const kindOf = (path: string): string | undefined => options.kinds?.[topField(path)];

  for (const v of error.validationErrors ?? []) {
    if (typeof v.property !== 'string' || v.property === '') continue;
    collected.push({ path: normalisePath(v.property), message: validationMessage(v, kindOf(v.property)) });
  }
  const covered = new Set(collected.map((c) => c.path));
  const propertyMessage = messageForProperties(error, options);
  if (propertyMessage !== undefined) {
    for (const property of error.properties ?? []) {
      const path = normalisePath(property);
      if (!covered.has(path)) collected.push({ path, message: propertyMessage });
    }
  }

  const result: SetErrorMessages = { fieldErrors: {}, pathErrors: {} };
  const stray: string[] = [];
  for (const { path, message } of collected) {
    const field = topField(path);
    if (options.fields && !options.fields.includes(field)) {
      stray.push(`${labelOf(field, options)}: ${message}`);
      continue;
    }
    result.pathErrors[path] ??= message;
    // The first message per field wins; the full list stays in pathErrors.
    result.fieldErrors[field] ??= message;
  }

  if (collected.length === 0) result.formError = formMessage(error);
  else if (stray.length > 0) result.formError = stray.join(' ');
  return result;
}

/** What to show on each property the SetError lists (undefined: the type has no per-field meaning). */
function messageForProperties(error: SetError, options: SetErrorMessageOptions): string | undefined {
  switch (error.type) {
    case 'invalidPatch':
      return patchMessage(textOf(error.description));
    case 'validationFailed':
    case 'invalidProperties':
      // An older server sent an expression compile error as description + properties.
      return textOf(error.description) ?? 'Enter a valid value';
    case 'primaryKeyViolation': {
      const noun = options.singular ?? 'item';
      const field = error.properties?.[0] ? labelOf(topField(normalisePath(error.properties[0])), options) : 'value';
      return `Another ${noun} already uses this ${field}`;
    }
    case 'invalidForeignKey':
      return 'Refers to something that does not exist';
    case 'alreadyExists':
      return 'This value is already in use';
    default:
      return undefined;
  }
}

function patchMessage(description: string | undefined): string {
  if (!description) return 'Enter a valid value';
  if (/invalid duration value/i.test(description)) return 'Enter a duration greater than zero';
  if (/read-only/i.test(description)) return 'This field cannot be changed';
  if (/finite number/i.test(description)) return 'Enter a finite number';
  if (/^invalid property$/i.test(description)) return 'The server does not accept this field';
  if (/invalid value for (object )?property/i.test(description)) return 'Enter a valid value';
  return description;
}

function validationMessage(v: ValidationError, kind: string | undefined): string {
  const n = v.required;
  switch (v.type) {
    case 'Required':
      return 'This field is required';
    case 'Invalid':
      return invalidMessage(kind, v.value);
    case 'MaxValue':
      return n === undefined ? 'The value is too large' : `Must be at most ${formatLimit(n, kind)}`;
    case 'MinValue':
      return n === undefined ? 'The value is too small' : `Must be at least ${formatLimit(n, kind)}`;
    case 'MinLength':
      return lengthMessage('least', n, kind);
    case 'MaxLength':
      return lengthMessage('most', n, kind);
  }
}

/**
 * `value` is the refused value, except for an expression, where it is the compiler's message
 * ("Missing 'else' block in 'if' expression"), which says more than anything worded here.
 */
function invalidMessage(kind: string | undefined, value: unknown): string {
  const detail = typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  if (kind === 'expression') return detail ? `The expression is not valid: ${detail}` : 'The expression is not valid';
  const sentence = invalidSentence(kind);
  return detail ? `${sentence} (the server refused “${detail}”)` : sentence;
}

function invalidSentence(kind: string | undefined): string {
  switch (kind) {
    case 'ipAddress':
      return 'Enter a valid IP address';
    case 'emailAddress':
      return 'Enter a valid email address';
    case 'uri':
      return 'Enter a valid URL';
    case 'utcDateTime':
      return 'Enter a valid date and time';
    default:
      return 'Enter a valid value';
  }
}

// Min/MaxLength covers characters of a string and items of a set, list or map (spec §1.7).
function lengthMessage(bound: 'least' | 'most', n: number | undefined, kind: string | undefined): string {
  if (n === undefined) return bound === 'least' ? 'Too short' : 'Too long';
  if (kind === 'set') return `Choose at ${bound} ${n}`;
  if (kind === 'map' || kind === 'list' || kind === 'object') {
    return `Add at ${bound} ${n} ${n === 1 ? 'entry' : 'entries'}`;
  }
  if (kind === undefined) return `Must have at ${bound} ${n}`;
  return `Enter at ${bound} ${n} ${n === 1 ? 'character' : 'characters'}`;
}

// Durations and sizes travel as integers; show them in the units the widgets use.
function formatLimit(n: number, kind: string | undefined): string {
  if (kind === 'duration') return formatUnits(n, [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]], 'ms');
  if (kind === 'size') return formatUnits(n, [['TB', 1024 ** 4], ['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]], 'B');
  return String(n);
}

function formatUnits(n: number, units: Array<[string, number]>, base: string): string {
  for (const [unit, factor] of units) {
    if (n !== 0 && n % factor === 0) return `${n / factor} ${unit}`;
  }
  return `${n} ${base}`;
}

function formMessage(error: SetError): string {
  const detail = textOf(error.description);
  switch (error.type) {
    case 'forbidden':
      return detail ?? 'You do not have permission to do this.';
    case 'notFound':
      return 'This item no longer exists. It may have been deleted by someone else.';
    case 'objectIsLinked':
      return detail ?? 'This item is still used by other settings; remove those references first.';
    case 'singleton':
      return 'This settings object cannot be created or deleted.';
    case 'willDestroy':
      return 'This item is being deleted in the same operation.';
    case 'tooLarge':
      return detail ?? 'The data is too large.';
    case 'overQuota':
      return detail ?? 'The quota is exceeded.';
    case 'rateLimit':
      return 'Too many changes in a short time. Try again shortly.';
    case 'primaryKeyViolation':
      return 'Another item already uses this value.';
    case 'invalidPatch':
      return detail ? `The server could not apply the change: ${detail}` : 'The server could not apply the change.';
    case 'invalidProperties':
    case 'validationFailed':
      return detail ? `The server refused a value: ${detail}` : 'The server refused one of the values.';
    case 'invalidForeignKey':
      return 'A value refers to something that does not exist.';
    case 'alreadyExists':
      return 'This already exists.';
    default:
      return detail ?? `The server refused the change (${error.type}).`;
  }
}

// Paths are property names or JSON pointers ("condition/match/0/if", sometimes with a leading "/").
function normalisePath(path: string): string {
  return path.startsWith('/') ? path.slice(1) : path;
}

function topField(path: string): string {
  const first = normalisePath(path).split('/')[0] ?? '';
  return first.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A description with text in it, or nothing (an empty description must not become an empty message). */
function textOf(description: string | undefined): string | undefined {
  return typeof description === 'string' && description.trim() !== '' ? description.trim() : undefined;
}

function labelOf(field: string, options: SetErrorMessageOptions): string {
  return options.labels?.[field] ?? humanise(field);
}

// "queueName" -> "queue name" (used inside sentences).
function humanise(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
