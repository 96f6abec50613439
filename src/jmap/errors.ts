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
