// The JMAP client the console uses (its interface: client-types.ts): the session, kept and renewed,
// and calls dispatched in batches; downloads live in client-downloads.ts.

import { fetchAccountInfo } from './account';
import { failedBulkOutcome, runBulkSet } from './bulk-set';
import { authorizationHeader } from './credentials';
import { createDownloads } from './client-downloads';
import type { JmapClient, JmapClientOptions, SettledOf } from './client-types';
import { createDispatcher } from './dispatcher';
import type { JmapError, TransportError } from './errors';
import { apiFetch, type FetchLike } from './http';
import type { QueryResponse, SetResponse } from './methods';
import { runQueryAllIds } from './query-all-ids';
import { planRequest, type ResponsesOf } from './request-builder';
import { err, ok, type Result } from './result';
import { fetchSession, type Session } from './session';

export type { BulkSettable, JmapClient, JmapClientOptions, SettledOf } from './client-types';

export function createJmapClient(options: JmapClientOptions): JmapClient {
  const fetchImpl: FetchLike = options.fetch ?? apiFetch;
  const { credentials } = options;
  const currentCredentials = typeof credentials === 'function' ? credentials : () => credentials;
  const authorization = () => authorizationHeader(currentCredentials());
  const source = {
    serverUrl: options.serverUrl,
    get credentials() {
      return currentCredentials();
    },
    fetch: fetchImpl,
  };

  let sessionPromise: Promise<Result<Session, TransportError>> | undefined;
  let generation = 0;
  // Last known session: its limits keep applying while a replacement is fetched.
  let current: Session | undefined;
  // The newer session state already being fetched, so a burst of responses triggers one re-read.
  let refreshingFor: string | undefined;

  const invalidateSession = () => {
    sessionPromise = undefined;
    generation++;
  };

  const unauthorized = () => {
    invalidateSession();
    options.onUnauthorized?.();
  };

  const getSession = (): Promise<Result<Session, TransportError>> => {
    if (sessionPromise) return sessionPromise;
    const mine = ++generation;
    const promise = fetchSession(source).then((result) => {
      if (mine !== generation) return result;
      if (result.ok) current = result.value;
      else {
        // A failed fetch is not cached: the next call tries again.
        sessionPromise = undefined;
        if (result.error.kind === 'unauthorized') unauthorized();
      }
      return result;
    });
    sessionPromise = promise;
    return promise;
  };

  const dispatcher = createDispatcher({
    fetch: fetchImpl,
    authorization,
    getSession,
    currentSession: () => current,
    onUnauthorized: unauthorized,
    onSessionState: (state) => {
      // Permissions or accounts changed on the server: re-read the session for the next calls.
      if (current && state !== current.state && state !== refreshingFor) {
        refreshingFor = state;
        invalidateSession();
      }
    },
  });

  const callRaw = async (method: string, args: Record<string, unknown>, exclusive = false) => {
    const outcome = await dispatcher.submit([{ method, args }], { exclusive });
    if (!outcome.ok) return outcome;
    return outcome.value[0]!;
  };

  const downloads = createDownloads({ serverUrl: options.serverUrl, fetch: fetchImpl, authorization, getSession, unauthorized });

  return {
    serverUrl: options.serverUrl,

    async call(method, args) {
      return (await callRaw(method, args as Record<string, unknown>)) as Result<never, JmapError>;
    },

    async request(build) {
      const { calls, handles } = planRequest(build);
      const outcome = await dispatcher.submit(calls);
      if (!outcome.ok) return outcome;
      const failed = outcome.value.find((o) => !o.ok);
      if (failed && !failed.ok) return failed;
      const values: Record<string, unknown> = {};
      for (const [key, handle] of Object.entries(handles)) {
        const o = outcome.value[handle.index];
        if (o?.ok) values[key] = o.value;
      }
      return ok(values as ResponsesOf<typeof handles>);
    },

    async requestEach(build) {
      const { calls, handles } = planRequest(build);
      const outcome = await dispatcher.submit(calls);
      if (!outcome.ok) return outcome;
      const settled: Record<string, unknown> = {};
      for (const [key, handle] of Object.entries(handles)) {
        settled[key] = outcome.value[handle.index] ?? err({ kind: 'invalidResponse', message: `No answer to ${handle.method}` });
      }
      return ok(settled as SettledOf<typeof handles>);
    },

    async bulkSet(type, changes, onProgress, bulkOptions = {}) {
      const session = await getSession();
      if (!session.ok) return failedBulkOutcome(changes, session.error);
      return runBulkSet(
        {
          setChunk: async (args) =>
            (await callRaw(`${type}/set`, args, true)) as Result<SetResponse<unknown>, JmapError>,
          maxObjectsInSet: session.value.limits.maxObjectsInSet,
          concurrency: session.value.limits.maxConcurrentRequests,
        },
        changes,
        onProgress,
        bulkOptions.signal,
      );
    },

    queryAllIds(type, filter, queryOptions) {
      return runQueryAllIds(
        async (args) =>
          (await callRaw(`${type}/query`, args as Record<string, unknown>)) as Result<QueryResponse, JmapError>,
        filter,
        queryOptions,
      );
    },

    ...downloads,

    getSession,
    invalidateSession,

    async getAccountInfo() {
      const result = await fetchAccountInfo(source);
      if (!result.ok && result.error.kind === 'unauthorized') unauthorized();
      return result;
    },
  };
}
