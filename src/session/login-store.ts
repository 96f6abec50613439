// Who is signed in to which server. Passwords and API keys live in memory only (a reload asks again,
// unless another tab hands them over); OAuth tokens, which expire, also live in this tab's
// sessionStorage so a reload keeps the sign-in. Nothing is ever written to localStorage.

import type { Credentials, OAuthTokens } from '../jmap/credentials';

export interface Login {
  /** Names one sign-in, so tabs can tell a new sign-in from the one they hold. */
  id: string;
  /** Absolute URL of the server (the console's own origin unless changed under Advanced). */
  serverUrl: string;
  credentials: Credentials;
}

export const LOGIN_STORAGE_KEY = 'postmaster.login';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Login | null | undefined;

/** A random id (getRandomValues, unlike randomUUID, also works on plain-HTTP pages). */
export function newLoginId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function isTokens(value: unknown): value is OAuthTokens {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.accessToken === 'string' &&
    (v.refreshToken === undefined || typeof v.refreshToken === 'string') &&
    typeof v.expiresAt === 'number' &&
    typeof v.clientId === 'string' &&
    typeof v.issuer === 'string' &&
    typeof v.tokenEndpoint === 'string'
  );
}

/** A login as received from storage or another tab: checked, never trusted as typed. */
export function parseLogin(value: unknown): Login | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, serverUrl, credentials } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof serverUrl !== 'string') return null;
  if (typeof credentials !== 'object' || credentials === null) return null;
  const c = credentials as Record<string, unknown>;
  const valid =
    (c.kind === 'bearer' && typeof c.token === 'string') ||
    (c.kind === 'basic' && typeof c.username === 'string' && typeof c.password === 'string') ||
    (c.kind === 'oauth' && isTokens(c.tokens));
  return valid ? { id, serverUrl, credentials: credentials as Credentials } : null;
}

function readStored(): Login | null {
  try {
    const raw = window.sessionStorage.getItem(LOGIN_STORAGE_KEY);
    const login = raw === null ? null : parseLogin(JSON.parse(raw));
    // Only expiring tokens are ever stored; anything else there is not ours to use.
    return login?.credentials.kind === 'oauth' ? login : null;
  } catch {
    return null;
  }
}

function store(login: Login | null): void {
  try {
    if (login?.credentials.kind === 'oauth') window.sessionStorage.setItem(LOGIN_STORAGE_KEY, JSON.stringify(login));
    else window.sessionStorage.removeItem(LOGIN_STORAGE_KEY);
  } catch {
    // Storage disabled: the sign-in then lasts until the page reloads.
  }
}

export function getLogin(): Login | null {
  if (current === undefined) current = readStored();
  return current;
}

export function setLogin(login: Login): void {
  current = login;
  store(login);
  emit();
}

/** New tokens for the sign-in `id` (ignored if that sign-in has ended meanwhile). */
export function updateTokens(id: string, tokens: OAuthTokens): void {
  if (current?.id !== id || current.credentials.kind !== 'oauth') return;
  setLogin({ ...current, credentials: { kind: 'oauth', tokens } });
}

/** Forgets the credentials everywhere this tab kept them. */
export function clearLogin(): void {
  current = null;
  store(null);
  emit();
}

export function subscribeLogin(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** A display name for the credentials (an API key or token has no username until the session says it). */
export function loginLabel(login: Login): string {
  if (login.credentials.kind === 'basic') return login.credentials.username;
  return login.credentials.kind === 'oauth' ? 'Stalwart account' : 'API key';
}
