// Turns the credentials a person typed (or an API key) into an Authorization header value.

export type Credentials =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'bearer'; token: string };

export function authorizationHeader(credentials: Credentials): string {
  if (credentials.kind === 'bearer') return `Bearer ${credentials.token}`;
  return `Basic ${base64Utf8(`${credentials.username}:${credentials.password}`)}`;
}

// btoa only takes Latin-1, so encode as UTF-8 first (passwords may hold any character).
function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
