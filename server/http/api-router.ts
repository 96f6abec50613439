// Routes of the sandbox's own API: well-known, session, JMAP, download, /api/account and the
// sandbox-only queue state. Everything else under these prefixes is a 404 problem.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { advertisedPermissions } from '../auth/permissions';
import { handleDeliveryToken, handleLiveDelivery } from '../delivery/delivery-endpoints';
import type { AuthUser } from '../jmap/method-types';
import { methodNotAllowed, notFound } from '../jmap/request-errors';
import { isQueuePaused } from '../store/queue-state';
import { answerPreflight } from './cors';
import { handleDownload } from './download-endpoint';
import { handleJmapPost } from './jmap-endpoint';
import { sendJson, sendProblem } from './respond';
import type { SandboxCore } from './sandbox-core';
import { applyApiHeaders } from './security-headers';
import { buildSession, requestOrigin } from './session';
import { signInRequest } from './sign-in';

type Route = { method: string; match: (path: string) => boolean; auth: boolean; run: (req: IncomingMessage, res: ServerResponse, core: SandboxCore, user: AuthUser | null, url: URL) => Promise<void> | void };

const ROUTES: Route[] = [
  {
    method: 'GET',
    match: (p) => p === '/.well-known/jmap',
    auth: false,
    run: (_req, res) => {
      res.writeHead(307, { Location: '/jmap/session', 'Content-Length': 0 });
      res.end();
    },
  },
  {
    method: 'GET',
    match: (p) => p === '/jmap/session',
    // As on a real server: without an Authorization header the session is anonymous (no accounts);
    // with one, the credentials must hold.
    auth: false,
    run: async (req, res, core) => {
      const user = req.headers.authorization === undefined ? null : await signInRequest(req, res, core);
      if (req.headers.authorization !== undefined && !user) return;
      sendJson(res, 200, buildSession(user, core.limits, requestOrigin(req, core.fallbackHost)));
    },
  },
  { method: 'POST', match: (p) => p === '/jmap/' || p === '/jmap', auth: true, run: (req, res, core, user) => handleJmapPost(req, res, core, user!) },
  { method: 'GET', match: (p) => p.startsWith('/jmap/download/'), auth: true, run: (req, res, core, user, url) => handleDownload(req, res, core, user!, url) },
  {
    method: 'GET',
    match: (p) => p === '/api/account',
    auth: true,
    run: (_req, res, _core, user) => sendJson(res, 200, { permissions: advertisedPermissions(user!.permissions), edition: 'oss', locale: 'en-US' }),
  },
  {
    method: 'GET',
    match: (p) => p === '/api/sandbox/queue',
    auth: true,
    run: async (_req, res, core) => sendJson(res, 200, { paused: await core.lock.run(async () => isQueuePaused(core.db)) }),
  },
  { method: 'GET', match: (p) => p === '/api/token/delivery', auth: true, run: (_req, res, core, user) => handleDeliveryToken(res, core.delivery, user!) },
  // Authenticates itself: a `?token=` from /api/token/delivery or the usual Authorization header.
  { method: 'GET', match: (p) => p.startsWith('/api/live/delivery/'), auth: false, run: (req, res, core, _user, url) => handleLiveDelivery(req, res, core, url) },
];

export async function routeApi(req: IncomingMessage, res: ServerResponse, core: SandboxCore, url: URL): Promise<void> {
  applyApiHeaders(res);
  if (req.method === 'OPTIONS') {
    answerPreflight(req, res);
    return;
  }
  const path = url.pathname;
  const candidates = ROUTES.filter((r) => r.match(path));
  const route = candidates.find((r) => r.method === req.method || (r.method === 'GET' && req.method === 'HEAD'));
  if (!route) {
    sendProblem(res, candidates.length > 0 ? methodNotAllowed() : notFound());
    return;
  }
  let user: AuthUser | null = null;
  if (route.auth) {
    user = await signInRequest(req, res, core);
    if (!user) return;
  }
  await route.run(req, res, core, user, url);
}
