// Streaming reverse proxy to a real Stalwart server for /jmap, /api and /.well-known, so the
// console stays same-origin. Only the session is buffered: its URLs are rewritten to our origin.
import { request as httpRequest, type IncomingMessage, type ServerResponse, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Problem } from '../jmap/request-errors';
import { sendProblem } from './respond';
import { requestOrigin } from './session';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);
const SESSION_URL_KEYS = ['apiUrl', 'downloadUrl', 'uploadUrl', 'eventSourceUrl'] as const;

const badGateway = (detail: string): Problem => ({ type: 'about:blank', status: 502, title: 'Bad Gateway', detail });

function forwardHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [key, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(key)) out[key] = value;
  return out;
}

/** Replaces the origin of an absolute URL (templates keep their {placeholders}). */
export function rewriteOrigin(url: string, origin: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]+(\/.*)?$/i.exec(url);
  return match ? origin + (match[1] ?? '') : url;
}

export type UpstreamProxy = ((req: IncomingMessage, res: ServerResponse) => void) & { origin: string };

export function createUpstreamProxy(upstream: string, log: (message: string) => void): UpstreamProxy {
  const base = new URL(upstream);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error(`--upstream must be an http(s) URL: ${upstream}`);
  const send = base.protocol === 'https:' ? httpsRequest : httpRequest;
  const basePath = base.pathname.replace(/\/$/, '');

  const proxy = ((req: IncomingMessage, res: ServerResponse) => {
    const ownOrigin = requestOrigin(req, 'localhost');
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const isSession = req.method === 'GET' && path === '/jmap/session';
    const headers = forwardHeaders(req.headers);
    headers.host = base.host;
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers['x-forwarded-proto'] = 'http';
    // The session is rewritten, so ask for it uncompressed.
    if (isSession) headers['accept-encoding'] = 'identity';

    const upstreamReq = send(
      { protocol: base.protocol, hostname: base.hostname, port: base.port || undefined, method: req.method, path: basePath + (req.url ?? '/'), headers },
      (upstreamRes) => {
        const responseHeaders = forwardHeaders(upstreamRes.headers);
        if (typeof upstreamRes.headers.location === 'string') responseHeaders.location = rewriteLocation(upstreamRes.headers.location, base, ownOrigin);
        if (isSession && upstreamRes.statusCode === 200) {
          const chunks: Buffer[] = [];
          upstreamRes.on('data', (c: Buffer) => chunks.push(c));
          upstreamRes.on('end', () => {
            let body = Buffer.concat(chunks);
            try {
              const session = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
              for (const key of SESSION_URL_KEYS) if (typeof session[key] === 'string') session[key] = rewriteOrigin(session[key] as string, ownOrigin);
              body = Buffer.from(JSON.stringify(session));
            } catch {
              // Not JSON: pass it through untouched.
            }
            delete responseHeaders['content-encoding'];
            responseHeaders['content-length'] = String(body.length);
            res.writeHead(200, responseHeaders);
            res.end(body);
          });
          upstreamRes.on('error', () => res.destroy());
          return;
        }
        res.writeHead(upstreamRes.statusCode ?? 502, responseHeaders);
        upstreamRes.pipe(res);
      },
    );
    upstreamReq.on('error', (err) => {
      log(`Upstream request failed: ${err.message}`);
      if (!res.headersSent) sendProblem(res, badGateway(`The upstream server ${base.origin} could not be reached.`));
      else res.destroy();
    });
    req.pipe(upstreamReq);
  }) as UpstreamProxy;
  proxy.origin = base.origin;
  return proxy;
}

function rewriteLocation(location: string, base: URL, ownOrigin: string): string {
  try {
    const target = new URL(location, base);
    return target.origin === base.origin ? ownOrigin + target.pathname.slice(base.pathname.replace(/\/$/, '').length) + target.search : location;
  } catch {
    return location;
  }
}
