// fetch wrapped so that every failure becomes a typed error value instead of an exception.

import type { InvalidResponseError, NetworkError, RequestError, UnauthorizedError } from './errors';
import { err, ok, type Result } from './result';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * fetch for API calls. The Authorization header carries the credentials, so the browser's own
 * (cookies, HTTP auth cache) are left out: with them, a 401 carrying `WWW-Authenticate: Basic`
 * makes Chromium open its native sign-in prompt instead of handing the 401 to the app.
 */
export const apiFetch: FetchLike = (input, init) => globalThis.fetch(input, { ...init, credentials: 'omit' });

export async function send(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
): Promise<Result<Response, NetworkError>> {
  try {
    return ok(await fetchImpl(url, init));
  } catch (cause) {
    return err({ kind: 'network', message: cause instanceof Error ? cause.message : String(cause) });
  }
}

/** A non-200 answer as a typed error; the body is `application/problem+json` when the server wrote it. */
export async function failureFromResponse(response: Response): Promise<RequestError | UnauthorizedError> {
  const problem = await readProblem(response);
  if (response.status === 401) {
    return { kind: 'unauthorized', status: 401, ...(problem.detail ? { detail: problem.detail } : {}) };
  }
  const error: RequestError = {
    kind: 'request',
    type: problem.type ?? 'about:blank',
    status: problem.status ?? response.status,
  };
  const title = problem.title ?? (response.statusText || undefined);
  if (title !== undefined) error.title = title;
  if (problem.detail !== undefined) error.detail = problem.detail;
  if (problem.limit !== undefined) error.limit = problem.limit;
  const retryAfter = response.headers.get('Retry-After');
  if (retryAfter !== null && Number.isFinite(Number(retryAfter))) error.retryAfterSeconds = Number(retryAfter);
  return error;
}

interface Problem {
  type?: string;
  status?: number;
  title?: string;
  detail?: string;
  limit?: string;
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return {};
    const b = body as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return {
      type: text(b.type),
      status: typeof b.status === 'number' ? b.status : undefined,
      title: text(b.title),
      detail: text(b.detail),
      limit: text(b.limit),
    };
  } catch {
    // Proxies answer with HTML or nothing; the status alone still says what happened.
    return {};
  }
}

export async function readJson(response: Response): Promise<Result<unknown, InvalidResponseError>> {
  try {
    return ok(await response.json());
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return err({ kind: 'invalidResponse', message: `The body is not JSON (${message})` });
  }
}
