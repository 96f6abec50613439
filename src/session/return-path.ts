// The page to come back to after signing in travels in the URL (/sign-in?next=...), so it survives
// a reload of the login screen and works for deep links opened while signed out.

export const LOGIN_PATH = '/sign-in';

export type LoginReason = 'expired' | 'signedOut';

export function loginUrl(next: string | undefined, reason?: LoginReason): string {
  const params = new URLSearchParams();
  if (next && next !== '/' && safeNext(next) !== undefined) params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `${LOGIN_PATH}?${query}` : LOGIN_PATH;
}

/** Only same-site paths: "//evil.example" or "https://..." must not become an open redirect. */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`)) return undefined;
  return next;
}

export { currentAppPath as currentPath } from '../router/base-path';
