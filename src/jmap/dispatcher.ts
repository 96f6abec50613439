// Turns groups of method calls into JMAP HTTP requests: groups submitted in the same tick share
// one POST (up to maxCallsInRequest calls), at most maxConcurrentRequests POSTs are in flight.

import { z } from 'zod';
import type { InvalidResponseError, MethodError, TransportError } from './errors';
import { failureFromResponse, readJson, send, type FetchLike } from './http';
import { createLimiter, type Limiter } from './limiter';
import { encodeArgs, outcomeFor } from './call-codec';
import type { PlannedCall } from './request-builder';
import { pack } from './request-packing';
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

export interface Group {
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
