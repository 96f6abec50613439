// One call on the wire: its arguments as sent (accountId, "#" result references) and its answer
// read back from the methodResponses (a method error, or a checked response).
import type { MethodError } from './errors';
import type { CallOutcome } from './dispatcher';
import { ResultRef, type PlannedCall } from './request-builder';
import { checkMethodResponse } from './response-schemas';
import { err, ok } from './result';

/** Adds the accountId (not for Core/*, which has none) and writes references as "#arg". */
export function encodeArgs(
  call: PlannedCall,
  accountId: string,
  callIdOf: (ref: ResultRef) => string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!call.method.startsWith('Core/') && call.args.accountId === undefined) out.accountId = accountId;
  for (const [key, value] of Object.entries(call.args)) {
    if (value === undefined) continue;
    if (value instanceof ResultRef) {
      out[`#${key}`] = { resultOf: callIdOf(value), name: value.method, path: value.path };
    } else {
      out[key] = value;
    }
  }
  return out;
}

export function outcomeFor(
  responses: Array<[string, Record<string, unknown>, string]>,
  callId: string,
  method: string,
): CallOutcome {
  // A call may produce several responses (RFC 8620 §3.4); the one named after it is the answer.
  const mine = responses.filter(([, , id]) => id === callId);
  const response = mine.find(([name]) => name === method || name === 'error') ?? mine[0];
  if (!response) {
    return err({ kind: 'invalidResponse', message: `The server did not answer ${method}` });
  }
  const [name, args] = response;
  if (name === 'error') {
    const error: MethodError = {
      kind: 'method',
      type: typeof args.type === 'string' ? args.type : 'serverFail',
      method,
    };
    if (typeof args.description === 'string') error.description = args.description;
    return err(error);
  }
  const unexpected = checkMethodResponse(method, args);
  if (unexpected !== undefined) return err({ kind: 'invalidResponse', message: unexpected });
  return ok(args);
}
