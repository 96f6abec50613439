// Typed error values for everything that can go wrong talking to the server, and predicates over
// them. How they are put into words lives with JmapFailure (failure.ts) and, for SetErrors, in the
// object layer (src/objects/set-error-messages.ts).

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

const KINDS: ReadonlySet<string> = new Set(['request', 'method', 'network', 'unauthorized', 'invalidResponse']);

/** Is this value one of the client's typed errors (e.g. one a caller threw as is)? */
export function isJmapError(value: unknown): value is JmapError {
  return typeof value === 'object' && value !== null && KINDS.has((value as { kind?: unknown }).kind as string);
}
