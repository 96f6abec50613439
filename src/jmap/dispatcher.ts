// Turns groups of method calls into JMAP HTTP requests: groups submitted in the same tick share
// one POST (up to maxCallsInRequest calls), at most maxConcurrentRequests POSTs are in flight.

import { z } from 'zod';
import type { InvalidResponseError, MethodError, RequestError, TransportError } from './errors';
import { failureFromResponse, readJson, send, type FetchLike } from './http';
import { createLimiter, type Limiter } from './limiter';
import { ResultRef, type PlannedCall } from './request-builder';
import { checkMethodResponse } from './response-schemas';
import { err, ok, type Result } from './result';
import { CORE_CAPABILITY, STALWART_CAPABILITY, type Session } from './session';

export const USING = [CORE_CAPABILITY, STALWART_CAPABILITY] as const;

export type CallOutcome = Result<unknown, MethodError | InvalidResponseError>;
export type GroupOutcome = Result<CallOutcome[], TransportError>;

export interface SubmitOptions {
  /** Send this group in a request of its own (bulk chunks: one /set per request, for progress). */
  exclusive?: boolean;
}

export interface Dispatcher {
  submit(calls: PlannedCall[], options?: SubmitOptions): Promise<GroupOutcome>;
  readonly limiter: Limiter;
}

export interface DispatcherDeps {
  fetch: FetchLike;
  authorization: () => string;
  getSession: () => Promise<Result<Session, TransportError>>;
  /** Latest session limits without waiting (the limiter reads them on every acquire). */
  currentSession: () => Session | undefined;
  /** Called on 401 before the calls resolve, so the session is dropped first. */
  onUnauthorized: () => void;
  /** Called with each response's sessionState so a changed session is re-fetched. */
  onSessionState: (state: string) => void;
}

interface Group {
  calls: PlannedCall[];
  exclusive: boolean;
  resolve: (outcome: GroupOutcome) => void;
}

const responseSchema = z.object({
  methodResponses: z.array(z.tuple([z.string(), z.record(z.string(), z.unknown()), z.string()])),
  sessionState: z.string().optional(),
});

export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  let pending: Group[] = [];
  let scheduled = false;
  const limiter = createLimiter(() => deps.currentSession()?.limits.maxConcurrentRequests ?? 1);

  const flush = async () => {
    const groups = pending;
    pending = [];
    scheduled = false;
    const session = await deps.getSession();
    if (!session.ok) {
      for (const g of groups) g.resolve(session);
      return;
    }
    const maxCalls = Math.max(1, session.value.limits.maxCallsInRequest);
    for (const batch of pack(groups, maxCalls)) {
      void limiter.run(() => sendBatch(batch, session.value));
    }
  };

  const sendBatch = async (batch: Group[], session: Session): Promise<void> => {
    let outcome: Result<CallOutcome[], TransportError>;
    try {
      outcome = await post(batch, session);
    } catch (cause) {
      // Whatever goes wrong, every caller must get an answer rather than wait forever.
      const message = cause instanceof Error ? cause.message : String(cause);
      outcome = err({ kind: 'invalidResponse', message });
    }
    if (!outcome.ok) {
      for (const g of batch) g.resolve(outcome);
      return;
    }
    let offset = 0;
    for (const g of batch) {
      g.resolve(ok(outcome.value.slice(offset, offset + g.calls.length)));
      offset += g.calls.length;
    }
  };

  const post = async (batch: Group[], session: Session): Promise<Result<CallOutcome[], TransportError>> => {
    const calls = batch.flatMap((g, gi) => g.calls.map((call, ci) => ({ call, gi, ci })));
    // Call ids are unique per request; references name the id of the call they point at.
    const callIds = batch.map((g, gi) => g.calls.map((_, ci) => `${gi}.${ci}`));
    const methodCalls = calls.map(({ call, gi, ci }) => [
      call.method,
      encodeArgs(call, session.accountId, (ref) => callIds[gi]![ref.callIndex]!),
      callIds[gi]![ci]!,
    ]);
    const sent = await send(deps.fetch, session.apiUrl, {
      method: 'POST',
      headers: {
        Authorization: deps.authorization(),
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify({ using: USING, methodCalls }),
    });
    if (!sent.ok) return sent;
    if (sent.value.status !== 200) {
      const failure = await failureFromResponse(sent.value);
      if (failure.kind === 'unauthorized') deps.onUnauthorized();
      return err(failure);
    }
    const body = await readJson(sent.value);
    if (!body.ok) return body;
    const parsed = responseSchema.safeParse(body.value);
    if (!parsed.success) {
      return err({ kind: 'invalidResponse', message: 'The JMAP response is malformed' });
    }
    if (parsed.data.sessionState !== undefined) deps.onSessionState(parsed.data.sessionState);
    return ok(calls.map(({ call, gi, ci }) => outcomeFor(parsed.data.methodResponses, callIds[gi]![ci]!, call.method)));
  };

  return {
    limiter,
    submit(calls, options = {}) {
      return new Promise<GroupOutcome>((resolve) => {
        pending.push({ calls, exclusive: options.exclusive ?? false, resolve });
        if (!scheduled) {
          scheduled = true;
          queueMicrotask(() => void flush());
        }
      });
    },
  };
}

/**
 * Packs groups in submission order into requests of at most `maxCalls` calls. A group is never
 * split (its references must resolve inside one request), and two groups that use the same
 * creation id go to different requests, since creation ids are request-wide.
 */
function pack(groups: Group[], maxCalls: number): Group[][] {
  const batches: Group[][] = [];
  let current: Group[] = [];
  let count = 0;
  let creationIds = new Set<string>();
  const close = () => {
    if (current.length > 0) batches.push(current);
    current = [];
    count = 0;
    creationIds = new Set();
  };
  for (const g of groups) {
    if (g.calls.length > maxCalls) {
      g.resolve(err(tooManyCalls(g.calls.length, maxCalls)));
      continue;
    }
    if (g.calls.length === 0) {
      g.resolve(ok([]));
      continue;
    }
    const ids = creationIdsOf(g);
    const clash = ids.some((id) => creationIds.has(id));
    if (g.exclusive || clash || count + g.calls.length > maxCalls) close();
    current.push(g);
    count += g.calls.length;
    for (const id of ids) creationIds.add(id);
    if (g.exclusive) close();
  }
  close();
  return batches;
}

function creationIdsOf(g: Group): string[] {
  return g.calls.flatMap((c) => {
    const create = c.args.create;
    return create && typeof create === 'object' ? Object.keys(create) : [];
  });
}

function tooManyCalls(calls: number, max: number): RequestError {
  return {
    kind: 'request',
    type: 'urn:ietf:params:jmap:error:limit',
    status: 400,
    limit: 'maxCallsInRequest',
    title: 'Too many calls in one request',
    detail: `${calls} calls that reference each other cannot be sent; the server accepts ${max} per request`,
  };
}

/** Adds the accountId (not for Core/*, which has none) and writes references as "#arg". */
function encodeArgs(
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

function outcomeFor(
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
