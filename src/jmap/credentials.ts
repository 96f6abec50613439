// Turns the credentials a person signed in with into an Authorization header value.

/** Tokens from "Sign in with Stalwart" (OAuth 2.0), with what refreshing them needs. */
export interface OAuthTokens {
  accessToken: string;
  /** Absent when the server issued none; refreshing is then impossible. */
  refreshToken?: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
  clientId: string;
  issuer: string;
  tokenEndpoint: string;
}

export type Credentials =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'bearer'; token: string }
  | { kind: 'oauth'; tokens: OAuthTokens };

export function authorizationHeader(credentials: Credentials): string {
  if (credentials.kind === 'bearer') return `Bearer ${credentials.token}`;
  if (credentials.kind === 'oauth') return `Bearer ${credentials.tokens.accessToken}`;
  return `Basic ${base64Utf8(`${credentials.username}:${credentials.password}`)}`;
}

// btoa only takes Latin-1, so encode as UTF-8 first (passwords may hold any character).
function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
