// The server's sign-in surface: discovery documents, /api/discover, the /login page, POST
// /api/auth and the /auth/* OAuth endpoints. Answers whether it handled the request.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { methodNotAllowed, notFound } from '../jmap/request-errors';
import { decodeId } from '../store/ids';
import { handleLoginRequest } from './login-endpoint';
import { oauthMetadata, openIdMetadata, protectedResourceMetadata, UNRESTRICTED_CORS } from './oauth-metadata';
import { handleRegistration } from './register-endpoint';
import { sendJson, sendProblem, sendUnauthorized } from './respond';
import type { SandboxCore } from './sandbox-core';
import { applyApiHeaders } from './security-headers';
import { requestOrigin } from './session';
import { handleTokenRequest } from './token-endpoint';

const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'login-page');
const PAGE_FILES: Record<string, { file: string; type: string }> = {
  '/login/sign-in.js': { file: 'sign-in.js', type: 'text/javascript; charset=utf-8' },
  '/login/sign-in.css': { file: 'sign-in.css', type: 'text/css; charset=utf-8' },
};
const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function sendPage(req: IncomingMessage, res: ServerResponse, path: string): void {
  const asset = PAGE_FILES[path] ?? { file: 'sign-in.html', type: 'text/html; charset=utf-8' };
  const body = readFileSync(join(PAGE_DIR, asset.file));
  res.writeHead(200, {
    'Content-Type': asset.type,
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

type Handler = (req: IncomingMessage, res: ServerResponse, core: SandboxCore, url: URL) => Promise<void> | void;

const WELL_KNOWN: Record<string, (base: string) => Record<string, unknown>> = {
  '/.well-known/oauth-authorization-server': oauthMetadata,
  '/.well-known/openid-configuration': openIdMetadata,
  '/.well-known/oauth-protected-resource': protectedResourceMetadata,
};

function find(method: string, path: string): Handler | 'wrongMethod' | null {
  const get = method === 'GET' || method === 'HEAD';
  if (path in WELL_KNOWN) {
    return get ? (req, res, core) => sendJson(res, 200, WELL_KNOWN[path](requestOrigin(req, core.fallbackHost)), { 'Cache-Control': 'no-cache', ...UNRESTRICTED_CORS }) : 'wrongMethod';
  }
  if (path === '/login' || path.startsWith('/login/')) return (req, res) => sendPage(req, res, path);
  if (path === '/api/auth') return method === 'POST' ? handleLoginRequest : 'wrongMethod';
  // Over plain HTTP the server answers its own OpenID document with relative URLs and no issuer.
  if (path.startsWith('/api/discover/') && path.length > '/api/discover/'.length) {
    return (_req, res) => sendJson(res, 200, openIdMetadata(''), { 'Cache-Control': 'no-cache', ...UNRESTRICTED_CORS });
  }
  if (path === '/auth/token') return method === 'POST' ? handleTokenRequest : 'wrongMethod';
  if (path === '/auth/register') return method === 'POST' ? handleRegistration : 'wrongMethod';
  if (path === '/auth/userinfo') {
    return get
      ? async (req, res, core) => {
          const user = await core.authenticator.authenticate(req.headers.authorization);
          if (!user) return sendUnauthorized(res);
          sendJson(res, 200, { sub: String(decodeId(user.accountId) ?? user.accountId), preferred_username: user.username, email: user.username, email_verified: true }, { 'Cache-Control': 'no-cache' });
        }
      : 'wrongMethod';
  }
  // ID tokens are HS256, whose key is secret: the key set is empty, as on the server.
  if (path === '/auth/jwks.json') return get ? (_req, res) => sendJson(res, 200, { keys: [] }) : 'wrongMethod';
  if (path === '/auth' || path.startsWith('/auth/')) return (_req, res) => sendProblem(res, notFound());
  return null;
}

export async function routeSignIn(req: IncomingMessage, res: ServerResponse, core: SandboxCore, url: URL): Promise<boolean> {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const handler = find(method === 'OPTIONS' ? 'GET' : method, path);
  if (handler === null) return false;
  applyApiHeaders(res);
  if (method === 'OPTIONS') {
    res.writeHead(204, path.startsWith('/.well-known/') ? UNRESTRICTED_CORS : {});
    res.end();
    return true;
  }
  if (handler === 'wrongMethod') sendProblem(res, methodNotAllowed());
  else await handler(req, res, core, url);
  return true;
}
