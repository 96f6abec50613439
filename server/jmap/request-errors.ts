// Request-level errors (RFC 8620 §3.6.1, RFC 7807 problem details).

export interface Problem {
  type: string;
  status: number;
  title: string;
  detail: string;
  limit?: string;
}

export type LimitName = 'maxSizeRequest' | 'maxCallsInRequest' | 'maxConcurrentRequests' | 'maxSizeUpload' | 'maxConcurrentUpload';

const URN = 'urn:ietf:params:jmap:error:';

export const unknownCapability = (capability: string): Problem => ({
  type: `${URN}unknownCapability`,
  status: 400,
  title: 'Unknown capability',
  detail: `The request used an unsupported capability: ${capability}`,
});

export const notJson = (detail: string): Problem => ({ type: `${URN}notJSON`, status: 400, title: 'Not JSON', detail });

export const notRequest = (detail: string): Problem => ({ type: `${URN}notRequest`, status: 400, title: 'Not a request', detail });

export const limitExceeded = (limit: LimitName, detail: string): Problem => ({
  type: `${URN}limit`,
  status: 400,
  title: 'Request limit exceeded',
  detail,
  limit,
});

/** A correct password on an account with two-factor authentication, through Basic. */
export const mfaRequired = (): Problem => ({
  type: 'about:blank',
  status: 402,
  title: 'MFA code required',
  detail: 'This account requires multi-factor authentication. Alternatively, you can use an app password if your account has one.',
});

export const unauthorized = (): Problem => ({
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail: 'Invalid or missing credentials.',
});

export const notFound = (detail = 'The requested resource does not exist on this server.'): Problem => ({
  type: 'about:blank',
  status: 404,
  title: 'Not Found',
  detail,
});

export const methodNotAllowed = (): Problem => ({
  type: 'about:blank',
  status: 405,
  title: 'Method Not Allowed',
  detail: 'The HTTP method is not allowed on this resource.',
});

export const internalError = (): Problem => ({
  type: 'about:blank',
  status: 500,
  title: 'Internal Server Error',
  detail: 'The server failed to process the request.',
});
