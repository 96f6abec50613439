// What the JMAP client offers (client.ts builds it): typed calls, batched requests with result
// references, bulk changes and id collection, downloads, all answering Result values.
import type { AccountInfo } from './account';
import type { BulkChanges, BulkProgress, BulkSetOutcome } from './bulk-set';
import type { Credentials } from './credentials';
import type { JmapError, TransportError } from './errors';
import type { FetchLike } from './http';
import type { ArgsOf, FilterOf, MethodName, PatchOf, ResponseFor, SortOf, TypesWith } from './methods';
import type { Id } from '../schema/wire-types';
import type { QueryAllIdsOptions } from './query-all-ids';
import type { HandleMap, RequestBuilder, ResponsesOf } from './request-builder';
import type { Result } from './result';
import type { Session } from './session';

/** Each call's own answer in a requestEach. */
export type SettledOf<H extends HandleMap> = { [K in keyof H]: Result<ResponsesOf<H>[K], JmapError> };

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
