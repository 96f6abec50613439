// Who is signed in to which server. Held in memory and in sessionStorage (so a reload keeps the
// person signed in, while closing the tab forgets them); never in localStorage.

import type { Credentials } from '../jmap/credentials';

export interface Login {
  /** Absolute URL of the server (the console's own origin unless changed under Advanced). */
  serverUrl: string;
  credentials: Credentials;
}

const KEY = 'postmaster.login';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Login | null | undefined;

function isCredentials(value: unknown): value is Credentials {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.kind === 'bearer') return typeof v.token === 'string';
  return v.kind === 'basic' && typeof v.username === 'string' && typeof v.password === 'string';
}

function readStored(): Login | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { serverUrl, credentials } = parsed as Record<string, unknown>;
    return typeof serverUrl === 'string' && isCredentials(credentials) ? { serverUrl, credentials } : null;
  } catch {
    return null;
  }
}

export function getLogin(): Login | null {
  if (current === undefined) current = readStored();
  return current;
}

export function setLogin(login: Login): void {
  current = login;
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(login));
  } catch {
    // Storage disabled: the sign-in then lasts until the page reloads.
  }
  emit();
}

/** Forgets the credentials everywhere they were kept. */
export function clearLogin(): void {
  current = null;
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored when storage is disabled.
  }
  emit();
}

export function subscribeLogin(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** A display name for the credentials (an API key has no username until the session says it). */
export function loginLabel(login: Login): string {
  return login.credentials.kind === 'basic' ? login.credentials.username : 'API key';
}
