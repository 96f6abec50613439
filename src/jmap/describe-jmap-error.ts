// How the client's typed errors read to a person: one sentence for a banner, a toast or a
// JmapFailure's message. SetErrors are worded by the object layer, per field.
import type { JmapError, MethodError, RequestError } from './errors';

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
