// CORS for the API paths: preflights answer 204 (as Stalwart does for /api/*), answers carry
// Access-Control-Allow-Origin so a console served from another origin can call the sandbox.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function isApiPath(path: string): boolean {
  return path === '/jmap' || path.startsWith('/jmap/') || path.startsWith('/api/') || path === '/api' || path.startsWith('/.well-known/');
}

export function applyCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', typeof req.headers.origin === 'string' ? req.headers.origin : '*');
  res.setHeader('Vary', 'Origin');
}

export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  applyCorsHeaders(req, res);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD');
  res.setHeader('Access-Control-Allow-Headers', (req.headers['access-control-request-headers'] as string | undefined) ?? 'Authorization, Content-Type, Accept');
  res.setHeader('Access-Control-Max-Age', '86400');
  res.writeHead(204);
  res.end();
}
