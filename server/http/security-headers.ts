// Security headers of the console's static responses: a strict CSP (no inline scripts),
// no MIME sniffing, no referrer.
import type { ServerResponse } from 'node:http';

export function contentSecurityPolicy(upstreamOrigin: string | null): string {
  const connect = upstreamOrigin ? `'self' ${upstreamOrigin}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function applySecurityHeaders(res: ServerResponse, upstreamOrigin: string | null): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(upstreamOrigin));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

/** The subset that also applies to API answers. */
export function applyApiHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}
