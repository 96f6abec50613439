// Keeps "Sign in with Stalwart" tokens fresh: a refresh shortly before the access token expires,
// and one after a 401 (the token may have expired while the tab slept), shared by every request
// that meets it. Passwords and API keys pass straight through.
import { useEffect } from 'react';
import { authorizationHeader } from '../../jmap/credentials';
import { apiFetch, type FetchLike } from '../../jmap/http';
import { getLogin, updateTokens, type Login } from '../login-store';

let inFlight: Promise<boolean> | undefined;

/** Refreshes the current sign-in's tokens once; true when new tokens are in place. */
export function refreshCurrentLogin(): Promise<boolean> {
  const login = getLogin();
  if (login?.credentials.kind !== 'oauth') return Promise.resolve(false);
  const { id } = login;
  const tokens = login.credentials.tokens;
  inFlight ??= (async () => {
    try {
      const { refreshOAuthTokens } = await import('./oauth-sign-in');
      updateTokens(id, await refreshOAuthTokens(tokens));
      return getLogin()?.id === id;
    } catch {
      return false;
    } finally {
      inFlight = undefined;
    }
  })();
  return inFlight;
}

/** fetch that, on a 401 to a token sign-in, refreshes once and repeats the request with the new token. */
export const refreshingFetch: FetchLike = async (input, init) => {
  const response = await apiFetch(input, init);
  const login = getLogin();
  if (response.status !== 401 || login?.credentials.kind !== 'oauth') return response;
  const sentWith = new Headers(init?.headers).get('Authorization');
  // Another request may already have brought a new token; otherwise get one.
  if (sentWith === authorizationHeader(login.credentials) && !(await refreshCurrentLogin())) return response;
  const renewed = getLogin();
  if (!renewed) return response;
  const headers = new Headers(init?.headers);
  headers.set('Authorization', authorizationHeader(renewed.credentials));
  return apiFetch(input, { ...init, headers });
};

/** Renews the token a little before it expires: a fifth of what is left, at most a minute early. */
export function useTokenRefreshSchedule(login: Login): void {
  const expiresAt = login.credentials.kind === 'oauth' ? login.credentials.tokens.expiresAt : undefined;
  useEffect(() => {
    if (expiresAt === undefined) return;
    const left = expiresAt - Date.now();
    const timer = window.setTimeout(() => void refreshCurrentLogin(), Math.max(0, left - Math.min(60_000, left / 5)));
    return () => window.clearTimeout(timer);
  }, [expiresAt]);
}
