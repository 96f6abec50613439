// Typed error values for everything that can go wrong talking to the server, and the wording a
// person sees for them (per form field where the server names a property).

// ---- Wire shapes (API spec §1.7) -------------------------------------------------------------

export type ValidationErrorType =
  | 'Invalid'
  | 'Required'
  | 'MaxLength'
  | 'MinLength'
  | 'MaxValue'
  | 'MinValue';

export interface ValidationError {
  type: ValidationErrorType;
  /** Property name or `/`-joined path. */
  property: string;
  /** The limit for Max/Min errors (items for sets and lists, characters for strings). */
  required?: number;
  /** The rejected value for `Invalid`. */
  value?: unknown;
}

export type SetErrorType =
  | 'forbidden'
  | 'overQuota'
  | 'tooLarge'
  | 'rateLimit'
  | 'notFound'
  | 'invalidPatch'
  | 'willDestroy'
  | 'invalidProperties'
  | 'singleton'
  | 'alreadyExists'
  | 'objectIsLinked'
  | 'invalidForeignKey'
  | 'primaryKeyViolation'
  | 'validationFailed';

export interface SetError {
  // Open-ended: a newer server may add types; they still get a generic message.
  type: SetErrorType | (string & {});
  description?: string;
  properties?: string[];
  validationErrors?: ValidationError[];
  existingId?: string;
  objectId?: unknown;
  linkedObjects?: unknown[];
}

export type MethodErrorType =
  | 'invalidArguments'
  | 'requestTooLarge'
  | 'stateMismatch'
  | 'anchorNotFound'
  | 'unsupportedFilter'
  | 'unsupportedSort'
  | 'serverPartialFail'
  | 'serverFail'
  | 'serverUnavailable'
  | 'unknownMethod'
  | 'invalidResultReference'
  | 'forbidden'
  | 'accountNotFound'
  | 'accountNotSupportedByMethod'
  | 'accountReadOnly'
  | 'unknownDataType'
  | 'cannotCalculateChanges';

// ---- Client-side error union -------------------------------------------------------------------

/** HTTP status other than 200/401: an `application/problem+json` body. */
export interface RequestError {
  kind: 'request';
  type: string;
  status: number;
  title?: string;
  detail?: string;
  /** Which limit was hit, for `urn:ietf:params:jmap:error:limit`. */
  limit?: string;
  /** From a 429's Retry-After header. */
  retryAfterSeconds?: number;
}

/** `["error", {type, description}, callId]` for one method call. */
export interface MethodError {
  kind: 'method';
  type: MethodErrorType | (string & {});
  description?: string;
  method: string;
}

export interface NetworkError {
  kind: 'network';
  message: string;
}

/** 401: the credentials are wrong or expired; the app returns to its login screen. */
export interface UnauthorizedError {
  kind: 'unauthorized';
  status: 401;
  detail?: string;
}

/** The server answered 200 with something that is not what the API promises. */
export interface InvalidResponseError {
  kind: 'invalidResponse';
  message: string;
  issues?: string[];
}

export type TransportError = RequestError | NetworkError | UnauthorizedError | InvalidResponseError;
export type JmapError = TransportError | MethodError;

export function isStateMismatch(error: JmapError): boolean {
  return error.kind === 'method' && error.type === 'stateMismatch';
}

export function isUnauthorized(error: JmapError): error is UnauthorizedError {
  return error.kind === 'unauthorized';
}

/** One sentence for a banner or toast. */
export function describeJmapError(error: JmapError): string {
  switch (error.kind) {
    case 'network':
      return `Cannot reach the server (${error.message}).`;
    case 'unauthorized':
      return 'Your sign-in is no longer valid. Sign in again.';
    case 'invalidResponse':
      return `The server sent an unexpected answer: ${error.message}`;
    case 'request':
      return describeRequestError(error);
    case 'method':
      return describeMethodError(error);
  }
}

function describeRequestError(error: RequestError): string {
  if (error.status === 403) return 'You do not have permission to do this.';
  if (error.status === 429) {
    const wait = error.retryAfterSeconds === undefined ? '' : ` Try again in ${error.retryAfterSeconds} s.`;
    return `Too many requests.${wait}`;
  }
  if (error.limit) return `The request exceeds the server limit ${error.limit}.`;
  const text = error.detail ?? error.title;
  return text ? `The server refused the request: ${text}` : `The server answered with status ${error.status}.`;
}

function describeMethodError(error: MethodError): string {
  const suffix = error.description ? ` (${error.description})` : '';
  switch (error.type) {
    case 'stateMismatch':
      return 'The data changed on the server since it was loaded. Reload and try again.';
    case 'forbidden':
      return error.description ?? 'You do not have permission to do this.';
    case 'unsupportedFilter':
      return `The server cannot filter this way${suffix}.`;
    case 'unsupportedSort':
      return `The server cannot sort this way${suffix}.`;
    case 'requestTooLarge':
      return 'Too many objects in one request.';
    case 'serverUnavailable':
    case 'serverFail':
    case 'serverPartialFail':
      return `The server failed to complete the operation${suffix}.`;
    default:
      return error.description ?? `The server refused ${error.method} (${error.type}).`;
  }
}

// ---- SetError -> form messages -----------------------------------------------------------------

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
  /** Singular noun for the object, e.g. "rule", for "Another rule already uses this name". */
  singular?: string;
}

export function setErrorToFieldErrors(
  error: SetError,
  options: SetErrorMessageOptions = {},
): SetErrorMessages {
  const collected: Array<{ path: string; message: string }> = [];
  const kindOf = (path: string): string | undefined => options.kinds?.[topField(path)];

  for (const v of error.validationErrors ?? []) {
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
      stray.push(`${humanise(field)}: ${message}`);
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
      return patchMessage(error.description);
    case 'validationFailed':
    case 'invalidProperties':
      // An expression compile error arrives as description + properties; show it as is.
      return error.description ?? 'Enter a valid value';
    case 'primaryKeyViolation': {
      const noun = options.singular ?? 'item';
      const field = error.properties?.[0] ? humanise(topField(normalisePath(error.properties[0]))) : 'value';
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
  if (/invalid value for object property/i.test(description)) return 'Enter a valid value';
  return description;
}

function validationMessage(v: ValidationError, kind: string | undefined): string {
  const n = v.required;
  switch (v.type) {
    case 'Required':
      return 'This field is required';
    case 'Invalid':
      return invalidMessage(kind);
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

function invalidMessage(kind: string | undefined): string {
  switch (kind) {
    case 'ipAddress':
      return 'Enter a valid IP address';
    case 'emailAddress':
      return 'Enter a valid email address';
    case 'uri':
      return 'Enter a valid URL';
    case 'utcDateTime':
      return 'Enter a valid date and time';
    case 'expression':
      return 'The expression is not valid';
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
  const detail = error.description;
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

// "queueName" -> "queue name" (used inside sentences).
function humanise(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
