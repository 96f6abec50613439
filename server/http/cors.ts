// CORS as a real Stalwart sends it (http/src/request.rs, common/src/config/network.rs): by
// default no Access-Control-* header at all and OPTIONS under the API answered 204 bare; with
// x:Http.usePermissiveCors (here --permissive-cors) every response carries the same three fixed
// headers. The request's Origin is never reflected.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function isApiPath(path: string): boolean {
  return path === '/jmap' || path.startsWith('/jmap/') || path.startsWith('/api/') || path === '/api' || path.startsWith('/.well-known/');
}

const PERMISSIVE: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, X-Requested-With',
  'Access-Control-Allow-Methods': 'POST, GET, PATCH, PUT, DELETE, HEAD, OPTIONS',
};

/** Every response, API or not, when the server is configured with permissive CORS. */
export function applyPermissiveCors(res: ServerResponse): void {
  for (const [name, value] of Object.entries(PERMISSIVE)) res.setHeader(name, value);
}

/** OPTIONS: 204; the well-known resources are served with the permissive headers regardless. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  if ((req.url ?? '').startsWith('/.well-known/')) applyPermissiveCors(res);
  res.writeHead(204);
  res.end();
}
