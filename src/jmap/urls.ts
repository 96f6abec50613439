// URL handling for the server address the person signed in to and the URLs its session advertises.

import type { NetworkError } from './errors';
import { err, ok, type Result } from './result';

/** The server URL as an absolute URL; a relative one ("" or "/") means the page's own origin. */
export function absoluteServerUrl(serverUrl: string): URL {
  // Relative to the origin, not the current page: "" on /sign-in must not mean /sign-in/jmap/….
  const origin = globalThis.location?.origin;
  return origin === undefined ? new URL(serverUrl) : new URL(serverUrl || '/', `${origin}/`);
}

/** serverEndpoint as a value: a mistyped server address is an error to show, not an exception. */
export function tryServerEndpoint(serverUrl: string, path: string): Result<string, NetworkError> {
  try {
    return ok(serverEndpoint(serverUrl, path));
  } catch {
    return err({ kind: 'network', message: `"${serverUrl}" is not a valid server address` });
  }
}

/** `path` ("/jmap/session") below the server URL, keeping any path prefix the server URL has. */
export function serverEndpoint(serverUrl: string, path: string): string {
  const base = absoluteServerUrl(serverUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  return `${base.origin}${prefix}${path}`;
}

/**
 * Keep the path and query of a URL the session advertises but send it to the server the person
 * signed in to: behind a proxy or in development the advertised host is often not reachable (or
 * would need CORS), as the official web UI also assumes.
 */
export function rebaseOnServer(url: string, serverUrl: string): string {
  const server = absoluteServerUrl(serverUrl);
  const resolved = new URL(url, server);
  return `${server.origin}${resolved.pathname}${resolved.search}`;
}

/** Fills an RFC 6570 level-1 template such as the session's downloadUrl. */
export function expandTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    name in values ? encodeURIComponent(values[name] as string) : whole,
  );
}
