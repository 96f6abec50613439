// The page to come back to after signing in travels in the URL (/sign-in?next=...), so it survives
// a reload of the login screen and works for deep links opened while signed out.

export const LOGIN_PATH = '/sign-in';

export type LoginReason = 'expired' | 'signedOut';

export interface LoginSearch {
  next?: string;
  reason?: LoginReason;
}

/** The sign-in screen's search params: where to go afterwards (when worth noting) and why. */
export function loginSearch(next: string | undefined, reason?: LoginReason): LoginSearch {
  const search: LoginSearch = {};
  if (next && next !== '/' && safeNext(next) !== undefined) search.next = next;
  if (reason) search.reason = reason;
  return search;
}

/** The sign-in screen's query string read back, keeping only what it understands. */
export function readLoginSearch(query: string): LoginSearch {
  const params = new URLSearchParams(query);
  const reason = params.get('reason');
  return {
    next: params.get('next') ?? undefined,
    reason: reason === 'expired' || reason === 'signedOut' ? reason : undefined,
  };
}

export function loginUrl(next: string | undefined, reason?: LoginReason): string {
  const query = new URLSearchParams(loginSearch(next, reason) as Record<string, string>).toString();
  return query ? `${LOGIN_PATH}?${query}` : LOGIN_PATH;
}

/** Only same-site paths: "//evil.example" or "https://..." must not become an open redirect. */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`)) return undefined;
  return next;
}

export { currentAppPath as currentPath } from '../router/base-path';
