// OAuth clients as the server treats them: any client id is accepted unregistered; dynamic
// registration (RFC 7591) issues a stateless id that carries its redirect URIs and scopes,
// signed with the sandbox's key. Redirect URI rules follow the server's registration checks.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SUPPORTED_SCOPES = ['openid', 'offline_access', 'urn:ietf:params:oauth:scope:mail', 'urn:ietf:params:oauth:scope:contacts', 'urn:ietf:params:oauth:scope:calendars'];
export const CLIENT_ID_MAX_LEN = 2048;

export interface RegisteredClient {
  redirectUris: string[];
  scopes: string[];
  clientName?: string;
}

export interface RegistrationError {
  error: 'invalid_redirect_uri' | 'invalid_client_metadata';
  error_description: string;
}

function sign(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

export function encodeClientId(key: Buffer, client: RegisteredClient): string {
  const payload = Buffer.from(JSON.stringify(client)).toString('base64url');
  return `${payload}.${sign(key, payload)}`;
}

/** The registration a client id carries, or null for an unregistered (free-form) id. */
export function decodeClientId(key: Buffer, clientId: string): RegisteredClient | null {
  const dot = clientId.indexOf('.');
  if (dot < 1) return null;
  const payload = clientId.slice(0, dot);
  const expected = Buffer.from(sign(key, payload));
  const given = Buffer.from(clientId.slice(dot + 1));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as RegisteredClient;
  } catch {
    return null;
  }
}

/** Host and path of an http loopback-IP redirect URI (its port may change between uses). */
function loopbackParts(uri: string): [string, string] | null {
  const match = /^http:\/\/(127\.0\.0\.1|\[::1\])(?::(\d+))?\/(.*)$/s.exec(uri);
  return match ? [match[1], match[3]] : null;
}

export function redirectUriMatches(registered: string, presented: string): boolean {
  if (registered === presented) return true;
  const a = loopbackParts(registered);
  const b = loopbackParts(presented);
  return a !== null && b !== null && a[0] === b[0] && a[1] === b[1];
}

export function validateRedirectUri(uri: string): RegistrationError | null {
  const fail = (error_description: string): RegistrationError => ({ error: 'invalid_redirect_uri', error_description });
  if (uri.includes('#')) return fail('Redirect URI must not contain a fragment.');
  if (uri.includes('..')) return fail('Redirect URI must not contain consecutive dots.');
  if (uri.startsWith('https://') || loopbackParts(uri)) return null;
  // A private-use scheme is reverse-DNS style: it has a dot (com.example.app:/callback).
  const scheme = uri.includes(':') ? uri.slice(0, uri.indexOf(':')) : '';
  if (scheme.includes('.') && /^[A-Za-z][A-Za-z0-9.+-]*$/.test(scheme)) return null;
  return fail('Redirect URI must be an https URL, a loopback (http://127.0.0.1/, http://[::1]/) or a private-use scheme URI.');
}

export function validateGrantMetadata(responseTypes: string[], grantTypes: string[]): RegistrationError | null {
  const fail = (error_description: string): RegistrationError => ({ error: 'invalid_client_metadata', error_description });
  if (responseTypes.length > 0 && !responseTypes.includes('code')) return fail('response_types must include "code".');
  if (grantTypes.length > 0) {
    if (!grantTypes.includes('authorization_code')) return fail('grant_types must include "authorization_code".');
    if (!grantTypes.includes('refresh_token')) return fail('grant_types must include "refresh_token".');
  }
  return null;
}

/** The requested scopes the registration allows (the server's grant_scope); null if none. */
export function grantScope(requested: string | null | undefined, registered: string[]): string | null {
  const granted = (requested ?? '').split(/\s+/).filter((s) => s && SUPPORTED_SCOPES.includes(s) && registered.includes(s));
  return granted.length > 0 ? granted.join(' ') : null;
}
