// Processes a parsed JMAP request (RFC 8620 §3.3-3.7): capabilities, the call limit, method
// calls in order with result references, createdIds, and sessionState.
import type { Database } from 'better-sqlite3';
import { keyRecord } from '../objects/own-keys';
import { inSavepoint, inTransaction } from '../store/transaction';
import { isKnownCapability } from './capabilities';
import { dispatchMethod } from './method-dispatch';
import type { AuthUser, CoreLimits, JsonObject, ObjectHandlers } from './method-types';
import type { JmapRequest } from './parse-request';
import { limitExceeded, unknownCapability, type Problem } from './request-errors';
import { resolveReferences, type Invocation } from './result-reference';

export interface RequestEnv {
  db: Database;
  limits: CoreLimits;
  user: AuthUser;
  sessionState: string;
  builtins: ReadonlyMap<string, ObjectHandlers>;
  log?: (message: string) => void;
}

export function checkRequest(request: JmapRequest, limits: CoreLimits): Problem | null {
  const unknown = request.using.find((c) => !isKnownCapability(c));
  if (unknown !== undefined) return unknownCapability(unknown);
  if (request.methodCalls.length > limits.maxCallsInRequest) {
    return limitExceeded('maxCallsInRequest', `The request has ${request.methodCalls.length} method calls; the limit is ${limits.maxCallsInRequest}.`);
  }
  return null;
}

/** Runs every call inside one transaction, each call in its own savepoint. */
export async function processRequest(request: JmapRequest, env: RequestEnv): Promise<JsonObject> {
  const createdIds: Record<string, string> = Object.assign(keyRecord<string>(), request.createdIds);
  const responses: Invocation[] = [];
  const using = new Set(request.using);
  const now = new Date();
  await inTransaction(env.db, async () => {
    for (const [name, rawArgs, callId] of request.methodCalls) {
      const resolved = resolveReferences(rawArgs, responses);
      if (!resolved.ok) {
        responses.push(['error', resolved.error as JsonObject, callId]);
        continue;
      }
      try {
        const outcome = await inSavepoint(env.db, () =>
          dispatchMethod(name, resolved.args, { db: env.db, limits: env.limits, user: env.user, using, createdIds, now, builtins: env.builtins }),
        );
        responses.push(outcome.ok ? [name, outcome.result, callId] : ['error', outcome.error as JsonObject, callId]);
      } catch (err) {
        env.log?.(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        responses.push(['error', { type: 'serverFail', description: 'The method failed unexpectedly; its changes were rolled back.' }, callId]);
      }
    }
  });
  const response: JsonObject = { methodResponses: responses, sessionState: env.sessionState };
  if (request.createdIds) response.createdIds = createdIds;
  return response;
}
