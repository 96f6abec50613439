// The JMAP client the console uses: typed calls, batched requests with result references, bulk
// changes and id collection, all returning Result values.

import { fetchAccountInfo, type AccountInfo } from './account';
import {
  failedBulkOutcome,
  runBulkSet,
  type BulkChanges,
  type BulkProgress,
  type BulkSetOutcome,
} from './bulk-set';
import { authorizationHeader, type Credentials } from './credentials';
import { createDispatcher } from './dispatcher';
import type { JmapError, TransportError } from './errors';
import { apiFetch, failureFromResponse, send, type FetchLike } from './http';
import type {
  ArgsOf,
  FilterOf,
  MethodName,
  PatchOf,
  QueryResponse,
  ResponseFor,
  SetResponse,
  SortOf,
  TypesWith,
} from './methods';
import type { Id } from '../schema/wire-types';
import { runQueryAllIds, type QueryAllIdsOptions } from './query-all-ids';
import { planRequest, type HandleMap, type RequestBuilder, type ResponsesOf } from './request-builder';

/** Each call's own answer in a requestEach. */
export type SettledOf<H extends HandleMap> = { [K in keyof H]: Result<ResponsesOf<H>[K], JmapError> };
import { err, ok, type Result } from './result';
import { fetchSession, type Session } from './session';
import { expandTemplate, rebaseOnServer, tryServerEndpoint } from './urls';

export interface JmapClientOptions {
  /** Where the person signed in, e.g. "https://mail.example.com" ("" = this page's origin). */
  serverUrl: string;
  /** The credentials, or where to read the current ones (tokens are renewed while signed in). */
  credentials: Credentials | (() => Credentials);
  fetch?: FetchLike;
  /** Called once per 401 so the app can return to its login screen. */
  onUnauthorized?: () => void;
}

/** Types whose objects can be updated or destroyed in bulk (Actions are create-only). */
export type BulkSettable = Exclude<TypesWith<'set'>, 'x:Action'>;

export interface JmapClient {
  readonly serverUrl: string;
  /** One method call; calls made in the same tick share one HTTP request. */
  call<M extends MethodName, const A extends ArgsOf<M>>(
    method: M,
    args: A,
  ): Promise<Result<ResponseFor<M, A>, JmapError>>;
  /**
   * Several calls in one HTTP request, later ones able to reference earlier results. Resolves
   * with every response, or with the first error (transport error or a call's method error).
   */
  request<H extends HandleMap>(build: (b: RequestBuilder) => H): Promise<Result<ResponsesOf<H>, JmapError>>;
  /** Like request, but answers each call's own result: a refused call does not hide the others. */
  requestEach<H extends HandleMap>(build: (b: RequestBuilder) => H): Promise<Result<SettledOf<H>, TransportError>>;
  bulkSet<T extends BulkSettable>(
    type: T,
    changes: BulkChanges<PatchOf<T>>,
    onProgress?: (progress: BulkProgress) => void,
    options?: { signal?: AbortSignal },
  ): Promise<BulkSetOutcome>;
  queryAllIds<T extends TypesWith<'query'>>(
    type: T,
    filter: FilterOf<T> | null,
    options?: QueryAllIdsOptions<SortOf<T>>,
  ): Promise<Result<Id[], JmapError>>;
  /** The blob's URL from the session's downloadUrl template (fetching it needs the auth header). */
  downloadUrl(blobId: string, name: string, type: string): Promise<Result<string, TransportError>>;
  /** Downloads a blob with the credentials (an <a href> could not send the Authorization header). */
  downloadBlob(blobId: string, name: string, type: string): Promise<Result<Blob, TransportError>>;
  /**
   * Starts a blob download and answers the 200 response with its body unread, for readers that
   * stream it and stop early (abort through the signal to close the connection).
   */
  openBlob(blobId: string, name: string, type: string, options?: { signal?: AbortSignal }): Promise<Result<Response, TransportError>>;
  /** GET of a plain-text endpoint on the server (e.g. /api/token/delivery) with the credentials. */
  getText(path: string): Promise<Result<string, TransportError>>;
  getSession(): Promise<Result<Session, TransportError>>;
  /** Forget the session so the next call fetches it again. */
  invalidateSession(): void;
  getAccountInfo(): Promise<Result<AccountInfo, TransportError>>;
}

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

  const downloadUrl = async (blobId: string, name: string, type: string) => {
    const session = await getSession();
    if (!session.ok) return session;
    const url = expandTemplate(session.value.wire.downloadUrl, {
      accountId: session.value.accountId,
      blobId,
      name,
      type,
    });
    try {
      return ok(rebaseOnServer(url, options.serverUrl));
    } catch {
      return err({ kind: 'invalidResponse' as const, message: `The download URL "${url}" is not usable` });
    }
  };

  const openBlob: JmapClient['openBlob'] = async (blobId, name, type, openOptions = {}) => {
    const url = await downloadUrl(blobId, name, type);
    if (!url.ok) return url;
    const init: RequestInit = { method: 'GET', headers: { Authorization: authorization() } };
    if (openOptions.signal) init.signal = openOptions.signal;
    const sent = await send(fetchImpl, url.value, init);
    if (!sent.ok) return sent;
    if (sent.value.status !== 200) {
      const failure = await failureFromResponse(sent.value);
      if (failure.kind === 'unauthorized') unauthorized();
      return err(failure);
    }
    return ok(sent.value);
  };

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

    downloadUrl,

    openBlob,

    async downloadBlob(blobId, name, type) {
      const opened = await openBlob(blobId, name, type);
      if (!opened.ok) return opened;
      try {
        return ok(await opened.value.blob());
      } catch (cause) {
        return err({ kind: 'network', message: cause instanceof Error ? cause.message : String(cause) });
      }
    },

    async getText(path) {
      const url = tryServerEndpoint(options.serverUrl, path);
      if (!url.ok) return url;
      const sent = await send(fetchImpl, url.value, { method: 'GET', headers: { Authorization: authorization() } });
      if (!sent.ok) return sent;
      if (sent.value.status !== 200) {
        const failure = await failureFromResponse(sent.value);
        if (failure.kind === 'unauthorized') unauthorized();
        return err(failure);
      }
      try {
        return ok(await sent.value.text());
      } catch (cause) {
        return err({ kind: 'network', message: cause instanceof Error ? cause.message : String(cause) });
      }
    },

    getSession,
    invalidateSession,

    async getAccountInfo() {
      const result = await fetchAccountInfo(source);
      if (!result.ok && result.error.kind === 'unauthorized') unauthorized();
      return result;
    },
  };
}
