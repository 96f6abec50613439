// What the redirect back from the server's sign-in page needs: kept in this tab's sessionStorage
// for the round trip (the page unloads in between), read once, then removed.

export const PENDING_KEY = 'postmaster.oauth.pending';

export interface PendingSignIn {
  serverUrl: string;
  clientId: string;
  redirectUri: string;
  codeVerifier: string;
  state: string;
  /** The route to open after signing in. */
  next: string;
}

export function savePending(pending: PendingSignIn): void {
  window.sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
}

export function takePending(): PendingSignIn | null {
  try {
    const raw = window.sessionStorage.getItem(PENDING_KEY);
    window.sessionStorage.removeItem(PENDING_KEY);
    if (raw === null) return null;
    const value = JSON.parse(raw) as Record<string, unknown>;
    const fields = ['serverUrl', 'clientId', 'redirectUri', 'codeVerifier', 'state', 'next'] as const;
    return fields.every((f) => typeof value[f] === 'string') ? (value as unknown as PendingSignIn) : null;
  } catch {
    return null;
  }
}
